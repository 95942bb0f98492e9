package dev.firebreak.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.failure.NotFound;
import dev.firebreak.report.Review.GoalProgress;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement goals: managers set and remove them, each change in the audit log; whoever
 * reads the reports reads them (a responder those of their teams' services), each with
 * where the reviewed period leaves it.
 */
@Service
@Transactional
public class Goals {

	private final GoalRepository repository;

	private final GoalMeasures measures;

	private final ReportData data;

	private final ReportCalendar calendar;

	private final AuditLog audit;

	Goals(GoalRepository repository, GoalMeasures measures, ReportData data, ReportCalendar calendar, AuditLog audit) {
		this.repository = repository;
		this.measures = measures;
		this.data = data;
		this.calendar = calendar;
		this.audit = audit;
	}

	/**
	 * @throws InvalidInput naming every bad field; nothing is stored then
	 */
	public ImprovementGoal create(GoalRequest request, Actor actor) {
		actor.requireAnyRole("set improvement goals", Role.MANAGER);
		List<FieldError> errors = new ArrayList<>();
		GoalMetric metric = metric(request.metric(), errors);
		String service = request.service() == null ? "" : request.service().trim();
		if (service.isEmpty()) {
			errors.add(new FieldError("service", "is required"));
		}
		else if (teams().get(service) == null) {
			errors.add(new FieldError("service", "is not a service of the catalogue"));
		}
		LocalDate deadline = deadline(request.deadline(), errors);
		Instant now = calendar.now().truncatedTo(ChronoUnit.SECONDS);
		Double baseline = metric == null || errors.stream().anyMatch(e -> e.field().equals("service")) ? null
				: measures.measure(metric, service, GoalMeasures.baselineBefore(now));
		Double target = target(request, metric, baseline, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		ImprovementGoal created = repository.insert(new ImprovementGoal(0, metric, service, target,
				request.changePercent(), baseline, deadline, actor.username(), now));
		audit.record(actor.username(), "GOAL_CREATED", "improvement goal " + created.id(), Map.of("after", created));
		return created;
	}

	@Transactional(readOnly = true)
	public List<ImprovementGoal> list(Actor actor) {
		ReportAudience audience = ReportAudience.of(actor);
		Map<String, String> teams = teams();
		return repository.all().stream().filter(goal -> audience.sees(teams.get(goal.service()))).toList();
	}

	public void delete(long id, Actor actor) {
		actor.requireAnyRole("remove improvement goals", Role.MANAGER);
		ImprovementGoal before = repository.find(id)
			.orElseThrow(() -> new NotFound("No such goal", "There is no improvement goal " + id + "."));
		repository.delete(id);
		audit.record(actor.username(), "GOAL_DELETED", "improvement goal " + id, Map.of("before", before));
	}

	/**
	 * Every goal set before the end of the period, with its value over the period.
	 * @param lastDay the period's last day, against the goals' deadlines
	 */
	@Transactional(readOnly = true)
	List<GoalProgress> progress(Period period, LocalDate lastDay, ReportAudience audience) {
		Map<String, String> teams = teams();
		return repository.all()
			.stream()
			.filter(goal -> goal.createdAt().isBefore(period.to()))
			.filter(goal -> audience.sees(teams.get(goal.service())))
			.map(goal -> {
				Double current = measures.measure(goal.metric(), goal.service(), period);
				return new GoalProgress(goal, teams.get(goal.service()), goal.baseline(), current, goal.target(),
						status(goal, current, period.to(), lastDay));
			})
			.toList();
	}

	/** See {@link GoalStatus}: met, then the deadline, then progress against time. */
	static GoalStatus status(ImprovementGoal goal, Double current, Instant end, LocalDate lastDay) {
		if (current == null) {
			return GoalStatus.NO_DATA;
		}
		if (goal.metric().meets(current, goal.target())) {
			return GoalStatus.ACHIEVED;
		}
		if (goal.deadline().isBefore(lastDay)) {
			return GoalStatus.MISSED;
		}
		Double baseline = goal.baseline();
		if (baseline == null || baseline.equals(goal.target())) {
			return GoalStatus.BEHIND;
		}
		double progress = (baseline - current) / (baseline - goal.target());
		Instant deadline = goal.deadline().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		double elapsed = (double) Duration.between(goal.createdAt(), end).toSeconds()
				/ Math.max(1, Duration.between(goal.createdAt(), deadline).toSeconds());
		return progress >= elapsed ? GoalStatus.ON_TRACK : GoalStatus.BEHIND;
	}

	private Map<String, String> teams() {
		return data.services().stream().collect(Collectors.toMap(ServiceInfo::name, ServiceInfo::team));
	}

	private static GoalMetric metric(String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError("metric", "is required"));
			return null;
		}
		try {
			return GoalMetric.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("metric", "must be one of " + List.of(GoalMetric.values())));
			return null;
		}
	}

	private LocalDate deadline(String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError("deadline", "is required"));
			return null;
		}
		try {
			LocalDate deadline = LocalDate.parse(text.trim());
			if (!deadline.isAfter(calendar.today())) {
				errors.add(new FieldError("deadline", "must be after today (" + calendar.today() + ")"));
			}
			return deadline;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("deadline", "must be a date like 2027-03-31"));
			return null;
		}
	}

	/** The absolute target, given or worked out from the baseline and the change. */
	private static Double target(GoalRequest request, GoalMetric metric, Double baseline, List<FieldError> errors) {
		Double target = request.target();
		Double change = request.changePercent();
		if (target == null && change == null) {
			errors.add(new FieldError("target", "is required unless changePercent is given"));
			return null;
		}
		if (target != null && change != null) {
			errors.add(new FieldError("changePercent", "must be left out when target is given"));
			return null;
		}
		if (target != null) {
			if (target < 0 || target.isNaN() || target.isInfinite()) {
				errors.add(new FieldError("target", "must be 0 or more"));
			}
			else if (metric != null && metric.percent() && target > 100) {
				errors.add(new FieldError("target", "must be at most 100 for a percentage"));
			}
			return target;
		}
		if (change.isNaN() || change <= -100 || change == 0 || change.isInfinite()) {
			errors.add(new FieldError("changePercent", "must be a change above −100 other than 0, like -20"));
			return null;
		}
		if (metric == null) {
			return null;
		}
		if (metric.lowerIsBetter() != change < 0) {
			errors.add(new FieldError("changePercent", "must be " + (metric.lowerIsBetter() ? "negative" : "positive")
					+ ": " + metric.words() + " is better " + (metric.lowerIsBetter() ? "lower" : "higher")));
			return null;
		}
		if (baseline == null) {
			errors.add(new FieldError("changePercent", "needs a baseline, and the service has no " + metric.words()
					+ " over the 28 days before today: give an absolute target"));
			return null;
		}
		double computed = baseline * (1 + change / 100);
		return metric.percent() ? Math.min(100, computed) : computed;
	}

}
