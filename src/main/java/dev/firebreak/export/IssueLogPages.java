package dev.firebreak.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.export.IssueLogReader.Bounds;
import dev.firebreak.followup.FollowUp;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.TimelineRecord;
import dev.firebreak.status.FeedbackQueries;
import dev.firebreak.sla.SlaClocks;
import dev.firebreak.sla.SlaTerms;
import dev.firebreak.task.WorkTaskRecord;

/**
 * The pages of one export, each read on a thread of its own while the caller writes the
 * page before: reading a page costs about as much as writing it, so on two cores the
 * export runs at the speed of the slower of the two instead of their sum. The same thread
 * works out each incident's {@link IncidentFacts} (details parsed, SLA state, numbers),
 * so that the writing thread only writes cells. At most two pages are in memory, the one
 * being written and the one being read.
 */
final class IssueLogPages implements AutoCloseable {

	/**
	 * One page of incidents with their timeline entries, tasks and facts; empty at the
	 * end.
	 */
	record Page(List<PageIncident> incidents, int rows) {

		boolean isEmpty() {
			return incidents.isEmpty();
		}

	}

	/**
	 * One incident of a page, its own timeline entries (by id) and tasks, and its facts.
	 */
	record PageIncident(IncidentRecord incident, List<TimelineRecord> entries, List<WorkTaskRecord> tasks,
			IncidentFacts facts, List<FeedbackQueries.Answer> feedback, SlaTerms sla, List<FollowUp> followUps) {
	}

	private final IssueLogReader reader;

	private final ExportFilters filters;

	private final Bounds bounds;

	private final int size;

	private final Instant now;

	private final ObjectMapper json;

	private final SlaClocks clocks;

	private final ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "issue-log-read-ahead");
		thread.setDaemon(true);
		return thread;
	});

	private CompletableFuture<Page> next;

	/**
	 * @param now the time of the export, for SLA clocks that still run
	 */
	IssueLogPages(IssueLogReader reader, ExportFilters filters, Bounds bounds, int size, Instant now, ObjectMapper json,
			SlaClocks clocks) {
		this.clocks = clocks;
		this.reader = reader;
		this.filters = filters;
		this.bounds = bounds;
		this.size = size;
		this.now = now;
		this.json = json;
		this.next = readAfter(0);
	}

	/** The next page (empty when there is none), and starts reading the one after it. */
	Page next() {
		Page page = join(next);
		if (!page.isEmpty()) {
			next = readAfter(page.incidents().get(page.incidents().size() - 1).incident().id());
		}
		return page;
	}

	private CompletableFuture<Page> readAfter(long after) {
		return CompletableFuture.supplyAsync(() -> read(after), ahead);
	}

	private Page read(long after) {
		List<IncidentRecord> incidents = reader.incidents(filters, after, bounds.maxIncident(), size);
		if (incidents.isEmpty()) {
			return new Page(List.of(), 0);
		}
		List<Long> ids = incidents.stream().map(IncidentRecord::id).toList();
		List<TimelineRecord> entries = reader.entries(ids, bounds.maxEntry());
		List<WorkTaskRecord> tasks = reader.tasks(ids);
		Map<Long, List<FeedbackQueries.Answer>> feedback = reader.feedback(ids)
			.stream()
			.collect(Collectors.groupingBy(FeedbackQueries.Answer::incidentId));
		Map<Long, List<FollowUp>> followUps = reader.followUps(ids)
			.stream()
			.collect(Collectors.groupingBy(FollowUp::incidentId));
		Map<Long, SlaTerms> sla = clocks.terms(incidents, now);
		List<PageIncident> page = new ArrayList<>(incidents.size());
		int entry = 0;
		int task = 0;
		for (IncidentRecord incident : incidents) {
			int firstEntry = entry;
			while (entry < entries.size() && entries.get(entry).incidentId() == incident.id()) {
				entry++;
			}
			int firstTask = task;
			while (task < tasks.size() && tasks.get(task).incidentId() == incident.id()) {
				task++;
			}
			List<TimelineRecord> own = entries.subList(firstEntry, entry);
			List<WorkTaskRecord> ownTasks = tasks.subList(firstTask, task);
			SlaTerms terms = sla.get(incident.id());
			page.add(new PageIncident(incident, own, ownTasks,
					IncidentFacts.of(incident, own, ownTasks, terms.clocks(), json),
					feedback.getOrDefault(incident.id(), List.of()), terms,
					followUps.getOrDefault(incident.id(), List.of())));
		}
		return new Page(page, incidents.size() + entries.size() + tasks.size());
	}

	private static Page join(CompletableFuture<Page> page) {
		try {
			return page.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the issue log", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Reading the issue log failed", ex.getCause());
		}
	}

	/** Stops reading ahead: after the last page, or when writing failed. */
	@Override
	public void close() {
		ahead.shutdownNow();
	}

}
