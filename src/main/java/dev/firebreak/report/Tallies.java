package dev.firebreak.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.StageReport;
import dev.firebreak.sla.SlaState;

/**
 * Tallies per service and calendar day (in the report zone), and for all services
 * together, over a window of days.
 */
final class Tallies {

	private final Map<String, Map<LocalDate, Tally>> byService = new HashMap<>();

	private final Map<LocalDate, Tally> all = new HashMap<>();

	/**
	 * @param counts which services count (a responder's view counts only their teams')
	 */
	static Tallies of(List<IncidentRecord> incidents, Map<Long, SlaState> sla,
			List<TimelineFact<StageReport.Hotfix>> hotfixes, Period window, ReportCalendar calendar,
			Predicate<String> counts) {
		Tallies tallies = new Tallies();
		for (IncidentRecord incident : incidents) {
			if (!counts.test(incident.service())) {
				continue;
			}
			// clocks still running at the end of the window count nowhere
			Tally.count(incident, sla.get(incident.id()), (at, change) -> {
				if (window.contains(at)) {
					tallies.at(incident.service(), calendar.dateOf(at), change);
				}
			});
		}
		for (TimelineFact<StageReport.Hotfix> hotfix : hotfixes) {
			if (counts.test(hotfix.service()) && window.contains(hotfix.at())) {
				tallies.at(hotfix.service(), calendar.dateOf(hotfix.at()), Tally::hotfix);
			}
		}
		return tallies;
	}

	/** The service's days; days without anything are missing. */
	Map<LocalDate, Tally> of(String service) {
		return byService.getOrDefault(service, Map.of());
	}

	/** All services' days together. */
	Map<LocalDate, Tally> all() {
		return all;
	}

	private void at(String service, LocalDate day, Consumer<Tally> change) {
		change.accept(byService.computeIfAbsent(service, s -> new HashMap<>()).computeIfAbsent(day, d -> new Tally()));
		change.accept(all.computeIfAbsent(day, d -> new Tally()));
	}

	/** The days {@code first} to {@code last} added up. */
	static Tally sum(Map<LocalDate, Tally> days, LocalDate first, LocalDate last) {
		Tally sum = new Tally();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			Tally tally = days.get(day);
			if (tally != null) {
				sum.add(tally);
			}
		}
		return sum;
	}

}
