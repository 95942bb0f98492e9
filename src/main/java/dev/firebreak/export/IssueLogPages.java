package dev.firebreak.export;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.firebreak.export.IssueLogReader.Bounds;
import dev.firebreak.export.IssueLogRows.EntryRow;
import dev.firebreak.export.IssueLogRows.IncidentRow;
import dev.firebreak.export.IssueLogRows.TaskRow;

/**
 * The pages of one export, each read on a thread of its own while the caller writes the
 * page before: reading a page costs about as much as writing it, so on two cores the
 * export runs at the speed of the slower of the two instead of their sum. At most two
 * pages are in memory, the one being written and the one being read.
 */
final class IssueLogPages implements AutoCloseable {

	/** One page of incidents with their timeline entries and tasks; empty at the end. */
	record Page(List<IncidentRow> incidents, List<EntryRow> entries, List<TaskRow> tasks) {

		boolean isEmpty() {
			return incidents.isEmpty();
		}

		int rows() {
			return incidents.size() + entries.size() + tasks.size();
		}

	}

	private final IssueLogReader reader;

	private final ExportFilters filters;

	private final Bounds bounds;

	private final int size;

	private final ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "issue-log-read-ahead");
		thread.setDaemon(true);
		return thread;
	});

	private CompletableFuture<Page> next;

	IssueLogPages(IssueLogReader reader, ExportFilters filters, Bounds bounds, int size) {
		this.reader = reader;
		this.filters = filters;
		this.bounds = bounds;
		this.size = size;
		this.next = readAfter(0);
	}

	/** The next page (empty when there is none), and starts reading the one after it. */
	Page next() {
		Page page = join(next);
		if (!page.isEmpty()) {
			next = readAfter(page.incidents().get(page.incidents().size() - 1).id());
		}
		return page;
	}

	private CompletableFuture<Page> readAfter(long after) {
		return CompletableFuture.supplyAsync(() -> read(after), ahead);
	}

	private Page read(long after) {
		List<IncidentRow> incidents = reader.incidents(filters, after, bounds.maxIncident(), size);
		if (incidents.isEmpty()) {
			return new Page(incidents, List.of(), List.of());
		}
		List<Long> ids = incidents.stream().map(IncidentRow::id).toList();
		return new Page(incidents, reader.entries(ids, bounds.maxEntry()), reader.tasks(ids));
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
