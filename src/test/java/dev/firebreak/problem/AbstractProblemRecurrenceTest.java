package dev.firebreak.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recurrence rule with its defaults, 3 incidents within 30 days: the third incident
 * of a problem within the window requires root-cause analysis, even as a P4, and its
 * route goes through it; outside the window it does not. Run once on H2 and once on
 * MySQL.
 */
abstract class AbstractProblemRecurrenceTest extends ProblemTestSupport {

	private static final String DISK = "Disk %d%% full on db-3";

	@Autowired
	IncidentService incidents;

	@Test
	void theThirdIncidentWithinTheWindowRequiresRootCauseAnalysisAndGoesThroughIt() {
		String first = report(DISK.formatted(91));
		at(day(10));
		String second = report(DISK.formatted(93));
		assertThat(requiresRca(first)).isFalse();
		assertThat(requiresRca(second)).isFalse();
		assertThat(problems()).singleElement()
			.satisfies(problem -> assertThat(problem.get("rcaStatus").asText()).isEqualTo("NONE"));

		at(day(20));
		String third = report(DISK.formatted(95));

		JsonNode incident = incident(third);
		assertThat(incident.get("priority").asText()).isEqualTo("P4");
		assertThat(incident.get("rcaRequired").asBoolean()).isTrue();
		JsonNode request = rcaRequest(incident);
		assertThat(request.get("actor").asText()).isEqualTo("firebreak");
		JsonNode problem = problems().get(0);
		assertThat(request.at("/details/reason").asText())
			.isEqualTo("Recurring problem " + problem.get("number").asText()
					+ ": at least 3 incidents within 30 days up to this one (rule: 3 within 30 days).");
		assertThat(problem.get("totalIncidents").asLong()).isEqualTo(3);
		assertThat(problem.get("rcaStatus").asText()).isEqualTo("REQUIRED");

		assertThat(fixAndVerify(third)).isEqualTo("ROOT_CAUSE_ANALYSIS");
		recordRootCause(third);
		assertThat(incident(third).get("status").asText()).isEqualTo("CLOSED");
		assertThat(problems().get(0).get("rcaStatus").asText()).isEqualTo("DONE");
		assertThat(fixAndVerify(first)).as("the first incident closes without RCA").isNull();
	}

	@Test
	void aThirdIncidentOutsideTheWindowDoesNotButTheWindowMovesOn() {
		report(DISK.formatted(91));
		at(day(10));
		report(DISK.formatted(92));

		at(day(31));
		String third = report(DISK.formatted(93));
		assertThat(requiresRca(third)).as("day 1 to day 31 holds two incidents").isFalse();
		assertThat(timelineTypes(incident(third))).doesNotContain("RCA_REQUESTED");
		assertThat(fixAndVerify(third)).as("closed without RCA").isNull();
		assertThat(incident(third).get("status").asText()).isEqualTo("CLOSED");

		at(day(35));
		String fourth = report(DISK.formatted(94));
		assertThat(requiresRca(fourth)).as("day 5 to day 35 holds three").isTrue();
	}

	@Test
	void theWindowIncludesItsFirstInstant() {
		report(DISK.formatted(91));
		at(day(15));
		report(DISK.formatted(92));

		at(day(30));
		String third = report(DISK.formatted(93));

		assertThat(requiresRca(third)).as("exactly 30 days after the first still counts").isTrue();
	}

	@Test
	void incidentsOpenedAtTheSameTimeAreCountedOneAfterTheOther() throws Exception {
		int count = 6;
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> reports = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				reports.add(pool.submit(() -> {
					start.await();
					return incidents
						.report(new NewIncident("Queue stuck", null, service, Severity.LOW, Impact.LOW), "rita")
						.number();
				}));
			}
			start.countDown();
			List<String> numbers = new ArrayList<>();
			for (Future<String> report : reports) {
				numbers.add(report.get(60, TimeUnit.SECONDS));
			}

			JsonNode problem = problems().get(0);
			assertThat(problems()).hasSize(1);
			assertThat(problem.get("totalIncidents").asLong()).isEqualTo(count);
			assertThat(incidentNumbers(problem(problem.get("number").asText())))
				.containsExactlyInAnyOrderElementsOf(numbers);
			assertThat(numbers.stream().filter(this::requiresRca))
				.as("the third to the last each make the count reach 3 or more")
				.hasSize(count - 2);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private boolean requiresRca(String number) {
		return incident(number).get("rcaRequired").asBoolean();
	}

	private static JsonNode rcaRequest(JsonNode incident) {
		List<JsonNode> requests = incident.get("timeline")
			.valueStream()
			.filter(entry -> "RCA_REQUESTED".equals(entry.get("type").asText()))
			.toList();
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

}
