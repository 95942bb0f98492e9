package dev.firebreak.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.report.DailyReport.RecurringProblem;

import org.springframework.stereotype.Component;

/**
 * Recurring problems of a day, for now: incidents detected that day whose
 * {@code recurrenceOf} is set (monitoring raised the same alert key again), grouped by
 * service and title. The problems feature will replace this with its own grouping; this
 * class is the one place to swap.
 */
@Component
class RecurringProblems {

	private final ReportRepository repository;

	RecurringProblems(ReportRepository repository) {
		this.repository = repository;
	}

	List<RecurringProblem> detectedIn(Period day, Map<String, String> teamOfService) {
		Map<List<String>, List<String>> groups = new LinkedHashMap<>();
		for (IncidentFact incident : repository.recurrencesDetectedIn(day)) {
			groups.computeIfAbsent(List.of(incident.service(), incident.title()), key -> new ArrayList<>())
				.add(incident.number());
		}
		return groups.entrySet()
			.stream()
			.map(group -> new RecurringProblem(group.getKey().get(0), teamOfService.get(group.getKey().get(0)),
					group.getKey().get(1), group.getValue().size(), List.copyOf(group.getValue())))
			.sorted((a, b) -> a.service().equals(b.service()) ? a.title().compareTo(b.title())
					: a.service().compareTo(b.service()))
			.toList();
	}

}
