package dev.firebreak.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.Stage;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.task.TaskWorkService;
import dev.firebreak.task.WorkTaskQueries;
import dev.firebreak.task.WorkTaskRecord;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's learning: a P1 on {@code checkout} worked through the whole route by
 * Maya (manager) up to its recorded root cause, with two required follow-up actions for
 * Alice, one of them overdue since three days. Its RCA waits for them: set both done on
 * the incident page (or accept a risk as Maya) and the RCA is complete. Made once: only
 * while there are no follow-up actions at all.
 */
@Component
@Profile("demo")
@Order(11)
class DemoFollowUps implements ApplicationRunner {

	static final String SERVICE = "checkout";

	private static final Actor MAYA = new Actor("maya", Set.of(Role.MANAGER.name()),
			Set.of("payments", "web", "platform"));

	private final FollowUpRepository repository;

	private final IncidentService incidents;

	private final TaskWorkService work;

	private final WorkTaskQueries tasks;

	private final FollowUpQueries queries;

	private final ObjectMapper json;

	private final Clock clock;

	DemoFollowUps(FollowUpRepository repository, IncidentService incidents, TaskWorkService work, WorkTaskQueries tasks,
			FollowUpQueries queries, ObjectMapper json, Clock clock) {
		this.queries = queries;
		this.repository = repository;
		this.incidents = incidents;
		this.work = work;
		this.tasks = tasks;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.any()) {
			return;
		}
		Incident incident = incidents.report(
				new NewIncident("Checkout times out on payment confirmation",
						"Customers wait 30 seconds, then see an error.", SERVICE, Severity.CRITICAL, Impact.HIGH),
				"alice");
		for (Optional<WorkTaskRecord> task = open(incident); task.isPresent(); task = open(incident)) {
			work.complete(task.get().taskId(), json.valueToTree(form(task.get().stage())), MAYA);
		}
		Instant now = clock.instant();
		LocalDate today = queries.today();
		repository.insert(incident.id(), new FollowUpChange("Bound the payment provider's connection pool", "alice",
				"payments", today.minusDays(3), "https://tickets.example/PAY-101", true), "maya", now);
		repository.insert(incident.id(), new FollowUpChange("Alert on payment confirmation latency", "alice",
				"payments", today.plusDays(7), null, true), "maya", now);
	}

	private Optional<WorkTaskRecord> open(Incident incident) {
		return tasks.ofIncidents(List.of(incident.id()))
			.stream()
			.filter(task -> task.completedAt() == null && task.endedAt() == null)
			.findFirst();
	}

	private Map<String, Object> form(Stage stage) {
		return switch (stage) {
			case DIAGNOSIS -> Map.of("outcome", "NEEDS_FIX", "findings",
					"The payment provider's connection pool is exhausted under peak load.");
			case HOTFIX ->
				Map.of("changeDescription", "Raise the pool size from 20 to 60", "reference", "PR-2041", "deployedAt",
						clock.instant().toString(), "rollbackPlan", "Revert PR-2041", "testedInStaging", true);
			case VERIFICATION -> Map.of("checksRun", "Checkout smoke test, 50 payments", "passed", true, "evidence",
					"All confirmed within 2 seconds");
			case ROOT_CAUSE_ANALYSIS -> Map.of("rootCauseCategory", "CAPACITY", "fiveWhys",
					List.of("Payments timed out", "No connection was free", "The pool was sized for last year's load"),
					"contributingFactors", "No alert on pool saturation", "preventiveActions",
					"Bound the pool per provider; alert on confirmation latency");
			default -> throw new IllegalStateException("No demo form for " + stage);
		};
	}

}
