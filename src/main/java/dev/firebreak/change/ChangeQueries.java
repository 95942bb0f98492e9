package dev.firebreak.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.IncidentStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of change tracking for the reports and the issue log: the changes of a
 * period, each with the incidents that followed it within the window, and the change
 * failure rate per service. A change "fails" when an incident of its service (not one
 * cancelled as a duplicate) was detected within {@code firebreak.changes.window} after
 * it; the rule is read on every call, as the incident page reads it.
 */
@Component
@Transactional(readOnly = true)
public class ChangeQueries {

	private final ChangeRepository changes;

	private final IncidentQueries incidents;

	private final ChangeProperties properties;

	ChangeQueries(ChangeRepository changes, IncidentQueries incidents, ChangeProperties properties) {
		this.changes = changes;
		this.incidents = incidents;
		this.properties = properties;
	}

	/** How long after a change an incident of its service is linked to it. */
	public Duration window() {
		return properties.window();
	}

	/**
	 * The next page of changes within {@code [from, to)} (null: open), ids above
	 * {@code after}, ascending, each with the incidents that followed it.
	 * @param services only these services; null for all
	 */
	public List<LinkedChange> page(Instant from, Instant to, Collection<String> services, long after, int size) {
		List<ChangeEvent> page = changes.page(from, to, services, after, size);
		if (page.isEmpty()) {
			return List.of();
		}
		Instant first = page.stream().map(ChangeEvent::changedAt).min(Comparator.naturalOrder()).orElseThrow();
		Instant last = page.stream().map(ChangeEvent::changedAt).max(Comparator.naturalOrder()).orElseThrow();
		Map<String, List<IncidentRecord>> detected = detectedByService(first, last.plus(window()).plusSeconds(1));
		return page.stream().map(change -> new LinkedChange(change, followers(change, detected))).toList();
	}

	/**
	 * Per service with changes in {@code [from, to)}: how many, how many were followed by
	 * an incident within the window (which may end after {@code to}), and the incidents
	 * that followed any of them. By service name.
	 */
	public Map<String, ChangeFailure> failureRates(Instant from, Instant to) {
		Map<String, List<ChangeEvent>> byService = new TreeMap<>();
		long after = 0;
		for (List<ChangeEvent> page = changes.page(from, to, null, after, 1000); !page.isEmpty(); page = changes
			.page(from, to, null, after, 1000)) {
			page.forEach(change -> byService.computeIfAbsent(change.service(), s -> new ArrayList<>()).add(change));
			after = page.get(page.size() - 1).id();
		}
		if (byService.isEmpty()) {
			return Map.of();
		}
		Map<String, List<IncidentRecord>> detected = detectedByService(from, to.plus(window()).plusSeconds(1));
		Map<String, ChangeFailure> rates = new TreeMap<>();
		byService.forEach((service, serviceChanges) -> {
			long failed = 0;
			Set<String> followers = new LinkedHashSet<>();
			for (ChangeEvent change : serviceChanges) {
				List<String> incidentsAfter = followers(change, detected);
				if (!incidentsAfter.isEmpty()) {
					failed++;
					followers.addAll(incidentsAfter);
				}
			}
			rates.put(service, ChangeFailure.of(serviceChanges.size(), failed, followers.size()));
		});
		return rates;
	}

	/** Incidents detected within {@code [from, to)}, by service, not cancelled ones. */
	private Map<String, List<IncidentRecord>> detectedByService(Instant from, Instant to) {
		Map<String, List<IncidentRecord>> byService = new HashMap<>();
		for (IncidentRecord incident : incidents.activeIn(from, to)) {
			if (incident.status() != IncidentStatus.CANCELLED && !incident.detectedAt().isBefore(from)
					&& incident.detectedAt().isBefore(to)) {
				byService.computeIfAbsent(incident.service(), s -> new ArrayList<>()).add(incident);
			}
		}
		return byService;
	}

	private List<String> followers(ChangeEvent change, Map<String, List<IncidentRecord>> detected) {
		Instant until = change.changedAt().plus(window());
		return detected.getOrDefault(change.service(), List.of())
			.stream()
			.filter(incident -> !incident.detectedAt().isBefore(change.changedAt())
					&& !incident.detectedAt().isAfter(until))
			.map(IncidentRecord::number)
			.toList();
	}

	/**
	 * @param followedBy the numbers of the incidents of its service detected within the
	 * window after it
	 */
	public record LinkedChange(ChangeEvent change, List<String> followedBy) {
	}

	/**
	 * @param changes changes in the period
	 * @param failedChanges of those, followed by an incident within the window
	 * @param incidentsAfterChanges incidents that followed one or more of them
	 * @param failureRatePercent failed changes / changes × 100
	 */
	public record ChangeFailure(long changes, long failedChanges, long incidentsAfterChanges,
			Double failureRatePercent) {

		static ChangeFailure of(long changes, long failed, long incidents) {
			return new ChangeFailure(changes, failed, incidents,
					changes == 0 ? null : Math.round(failed * 10000.0 / changes) / 100.0);
		}

		/** No changes: nothing to rate. */
		public static final ChangeFailure NONE = new ChangeFailure(0, 0, 0, null);

	}

}
