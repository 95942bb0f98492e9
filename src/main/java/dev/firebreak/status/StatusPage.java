package dev.firebreak.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.PublicStatus;
import dev.firebreak.incident.PublicUpdate;
import dev.firebreak.incident.PublicUpdates;
import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.probe.UptimeCount;
import dev.firebreak.suppression.MaintenanceWindow;
import dev.firebreak.suppression.MaintenanceWindowView;
import dev.firebreak.suppression.MaintenanceWindows;
import dev.firebreak.web.Markdown;

import org.springframework.stereotype.Service;

/**
 * Builds the public summary from the record: component states from the open incidents and
 * running maintenance of their services, the incidents people published updates for,
 * scheduled maintenance, and 90 days of availability. The page takes the traffic when
 * things break, so the summary is built at most once per {@link #FRESH} per node and
 * served from memory in between.
 */
@Service
public class StatusPage {

	static final int DAYS = 90;

	/** How long a built summary is served before it is built again. */
	static final Duration FRESH = Duration.ofSeconds(10);

	/** Resolved incidents stay listed this long. */
	static final Duration RECENTLY_RESOLVED = Duration.ofDays(7);

	private final StatusComponentRepository components;

	private final IncidentQueries incidents;

	private final PublicUpdates updates;

	private final MaintenanceWindows maintenance;

	private final AvailabilityQuery availability;

	private final Clock clock;

	private volatile StatusSummary cached;

	StatusPage(StatusComponentRepository components, IncidentQueries incidents, PublicUpdates updates,
			MaintenanceWindows maintenance, AvailabilityQuery availability, Clock clock) {
		this.components = components;
		this.incidents = incidents;
		this.updates = updates;
		this.maintenance = maintenance;
		this.availability = availability;
		this.clock = clock;
	}

	/** The summary, at most {@link #FRESH} old. */
	public StatusSummary summary() {
		Instant now = clock.instant();
		StatusSummary summary = cached;
		if (summary == null || summary.generatedAt().isAfter(now) || !summary.generatedAt().plus(FRESH).isAfter(now)) {
			summary = build(now);
			cached = summary;
		}
		return summary;
	}

	/** Forgets the built summary, so that the next request sees a change at once. */
	public void refresh() {
		cached = null;
	}

	StatusSummary build(Instant now) {
		List<StatusComponent> all = components.all();
		Set<String> services = new LinkedHashSet<>();
		all.forEach(component -> services.addAll(component.services()));
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Instant since = today.minusDays(DAYS - 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<IncidentRecord> touching = incidents.unresolvedDuring(services, since, now.plusSeconds(1));
		List<MaintenanceWindowView> windows = maintenance.list(null)
			.stream()
			.filter(window -> services.contains(window.service()))
			.filter(window -> window.state() == MaintenanceWindow.State.SCHEDULED
					|| window.state() == MaintenanceWindow.State.IN_PROGRESS)
			.toList();

		List<StatusSummary.Component> shown = all.stream()
			.map(component -> component(component, touching, windows, today, now))
			.toList();
		List<StatusSummary.Incident> published = published(all, touching, now);
		List<StatusSummary.Maintenance> planned = windows.stream()
			.map(window -> new StatusSummary.Maintenance(window.id(), namesOf(all, window.service()), window.startsAt(),
					window.endsAt(), window.description(), window.state() == MaintenanceWindow.State.IN_PROGRESS))
			.toList();
		ComponentState overall = shown.stream()
			.map(StatusSummary.Component::state)
			.reduce(ComponentState.OPERATIONAL, ComponentState::worst);
		Instant updatedAt = Stream
			.of(components.lastChange().stream(),
					published.stream()
						.flatMap(incident -> incident.updates().stream().map(StatusSummary.Update::publishedAt)),
					touching.stream().flatMap(incident -> Stream.of(incident.detectedAt(), incident.resolvedAt())),
					windows.stream()
						.flatMap(window -> Stream.of(window.createdAt(), window.updatedAt(), window.startsAt())))
			.flatMap(s -> s)
			.filter(Objects::nonNull)
			.filter(at -> !at.isAfter(now))
			.max(Comparator.naturalOrder())
			.orElse(since);
		return new StatusSummary(now, updatedAt, overall, shown, published, planned);
	}

	private StatusSummary.Component component(StatusComponent component, List<IncidentRecord> touching,
			List<MaintenanceWindowView> windows, LocalDate today, Instant now) {
		List<IncidentRecord> mine = touching.stream()
			.filter(incident -> component.services().contains(incident.service()))
			.toList();
		ComponentState state = mine.stream()
			.filter(incident -> incident.resolvedAt() == null)
			.map(incident -> stateOf(incident.priority()))
			.reduce(ComponentState.OPERATIONAL, ComponentState::worst);
		boolean underMaintenance = windows.stream()
			.anyMatch(window -> window.state() == MaintenanceWindow.State.IN_PROGRESS
					&& component.services().contains(window.service()));
		if (underMaintenance) {
			state = state.worst(ComponentState.UNDER_MAINTENANCE);
		}
		List<StatusSummary.Day> days = new ArrayList<>();
		long up = 0;
		long samples = 0;
		for (int back = DAYS - 1; back >= 0; back--) {
			LocalDate date = today.minusDays(back);
			Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
			Instant end = back == 0 ? now : start.plus(Duration.ofDays(1));
			UptimeCount probes = availability.uptime(component.services(), start, end);
			up += probes.up();
			samples += probes.samples();
			days.add(day(date, start, end, mine, probes));
		}
		Double uptime = days.stream()
			.map(StatusSummary.Day::uptimePercent)
			.filter(Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.average()
			.stream()
			.boxed()
			.findFirst()
			.orElse(null);
		return new StatusSummary.Component(component.name(), component.description(), state, uptime, days);
	}

	/**
	 * A day's availability: the lower of the probes' uptime and the share of the day
	 * without a P1 or P2 incident (a major or partial outage) of the component's
	 * services.
	 */
	private static StatusSummary.Day day(LocalDate date, Instant start, Instant end, List<IncidentRecord> mine,
			UptimeCount probes) {
		long dayMillis = Math.max(1, Duration.between(start, end).toMillis());
		ComponentState worst = ComponentState.OPERATIONAL;
		List<Instant[]> outages = new ArrayList<>();
		for (IncidentRecord incident : mine) {
			Instant from = incident.detectedAt().isAfter(start) ? incident.detectedAt() : start;
			Instant until = incident.resolvedAt() == null || incident.resolvedAt().isAfter(end) ? end
					: incident.resolvedAt();
			if (until.isAfter(from)) {
				worst = worst.worst(stateOf(incident.priority()));
				if (incident.priority() == Priority.P1 || incident.priority() == Priority.P2) {
					outages.add(new Instant[] { from, until });
				}
			}
		}
		double fromIncidents = 100.0 * (dayMillis - coveredMillis(outages)) / dayMillis;
		Double fromProbes = probes.uptimePercent();
		double uptime = fromProbes == null ? fromIncidents : Math.min(fromIncidents, fromProbes);
		return new StatusSummary.Day(date, uptime, worst);
	}

	/** The length of the union of the intervals. */
	private static long coveredMillis(List<Instant[]> intervals) {
		intervals.sort(Comparator.comparing(interval -> interval[0]));
		long covered = 0;
		Instant reach = null;
		for (Instant[] interval : intervals) {
			Instant from = reach != null && reach.isAfter(interval[0]) ? reach : interval[0];
			if (interval[1].isAfter(from)) {
				covered += Duration.between(from, interval[1]).toMillis();
				reach = interval[1];
			}
		}
		return covered;
	}

	static ComponentState stateOf(Priority priority) {
		if (priority == null) {
			return ComponentState.DEGRADED;
		}
		return switch (priority) {
			case P1 -> ComponentState.MAJOR_OUTAGE;
			case P2 -> ComponentState.PARTIAL_OUTAGE;
			case P3, P4 -> ComponentState.DEGRADED;
		};
	}

	/**
	 * Incidents people told the public about: open, or resolved within
	 * {@link #RECENTLY_RESOLVED}; the newest first.
	 */
	private List<StatusSummary.Incident> published(List<StatusComponent> all, List<IncidentRecord> touching,
			Instant now) {
		List<IncidentRecord> candidates = touching.stream()
			.filter(incident -> incident.resolvedAt() == null
					|| incident.resolvedAt().isAfter(now.minus(RECENTLY_RESOLVED)))
			.toList();
		Map<Long, PublicUpdate> latest = updates.latest(candidates.stream().map(IncidentRecord::id).toList());
		List<StatusSummary.Incident> shown = new ArrayList<>();
		for (IncidentRecord incident : candidates) {
			if (!latest.containsKey(incident.id())) {
				continue;
			}
			List<StatusSummary.Update> told = updates.of(incident.id())
				.stream()
				.sorted(Comparator.comparing(PublicUpdate::id).reversed())
				.map(update -> new StatusSummary.Update(update.status(), Markdown.toHtml(update.message()),
						update.publishedAt()))
				.toList();
			PublicStatus status = latest.get(incident.id()).status();
			shown.add(new StatusSummary.Incident(incident.number(), namesOf(all, incident.service()), status,
					incident.detectedAt(), incident.resolvedAt(), told));
		}
		shown.sort(Comparator.comparing(StatusSummary.Incident::startedAt).reversed());
		return shown;
	}

	private static List<String> namesOf(List<StatusComponent> all, String service) {
		return all.stream()
			.filter(component -> component.services().contains(service))
			.map(StatusComponent::name)
			.toList();
	}

}
