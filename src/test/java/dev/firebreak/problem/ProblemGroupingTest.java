package dev.firebreak.problem;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which incidents make one problem: monitoring's dedup key first, the service and the
 * normalised title otherwise and when keys change.
 */
@FirebreakTest
class ProblemGroupingTest extends ProblemTestSupport {

	@Test
	void reportsGroupByServiceAndNormalisedTitle() {
		String first = report("Disk 91% full on db-3");
		String second = report("Disk  95% FULL on db-3");
		String other = report("Checkout latency high");
		String elsewhere = TestServices.fresh(catalogue, "svc", 3, "ops");
		report(elsewhere, "Disk 91% full on db-3");

		List<JsonNode> problems = problems();
		assertThat(problems).hasSize(2);
		JsonNode disk = problem(problems.get(0).get("number").asText());
		assertThat(disk.get("keyKind").asText()).isEqualTo("SERVICE_TITLE");
		assertThat(disk.get("key").asText()).isEqualTo("service:" + service + ":disk #% full on db-#");
		assertThat(disk.get("title").asText()).as("the first incident's, as written")
			.isEqualTo("Disk 91% full on db-3");
		assertThat(disk.get("service").asText()).isEqualTo(service);
		assertThat(incidentNumbers(disk)).containsExactly(second, first);
		JsonNode latency = problem(problems.get(1).get("number").asText());
		assertThat(incidentNumbers(latency)).containsExactly(other);
		assertThat(latency.get("key").asText()).isEqualTo("service:" + service + ":checkout latency high");
	}

	@Test
	void alertsGroupByDedupKeyAcrossReopenedIncidentsAndByTitleWhenKeysChange() {
		String[] integration = integration();
		String key = integration[1];
		alert(key, "disk-db-3", "Disk 91% full on db-3");
		String first = incidentsOfService().get(0);
		closeAsFalseAlarm(first);

		alert(key, "disk-db-3", "Disk 97% full on db-3");
		String reopened = incidentsOfService().get(0);
		assertThat(reopened).isNotEqualTo(first);
		assertThat(incident(reopened).get("recurrenceOf").asText()).isEqualTo(first);

		List<JsonNode> problems = problems();
		String diskProblem = problems.get(0).get("number").asText();
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.get("keyKind").asText()).isEqualTo("DEDUP_KEY");
			assertThat(problem.get("key").asText()).isEqualTo("integration:" + integration[0] + ":disk-db-3");
			assertThat(problem.get("totalIncidents").asLong()).isEqualTo(2);
		});

		// the sender's key changed, the alert did not: the title finds the problem, and
		// the
		// new key leads to it from now on, whatever the title says
		closeAsFalseAlarm(reopened);
		alert(key, "disk-db-3-v2", "Disk 92% full on db-3");
		String newKey = incidentsOfService().get(0);
		closeAsFalseAlarm(newKey);
		alert(key, "disk-db-3-v2", "Database volume nearly full");
		String newTitle = incidentsOfService().get(0);
		alert(key, "cpu-db-3", "CPU saturated on db-3");

		assertThat(problems()).hasSize(2);
		JsonNode disk = problem(diskProblem);
		assertThat(incidentNumbers(disk)).containsExactly(newTitle, newKey, reopened, first);
		assertThat(disk.get("totalIncidents").asLong()).isEqualTo(4);
	}

	@Test
	void aReportJoinsTheProblemOfAnAlertWithTheSameTitle() {
		String key = integration()[1];
		alert(key, "backup-nightly", "Backup job 4711 failed");

		String reported = report("Backup job 4712 failed");

		assertThat(problems()).singleElement()
			.satisfies(
					problem -> assertThat(incidentNumbers(problem(problem.get("number").asText()))).contains(reported)
						.hasSize(2));
	}

}
