package dev.firebreak.problem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/problems and its detail with their figures, and the known-error workaround
 * that only managers edit.
 */
@FirebreakTest
class ProblemApiTest extends ProblemTestSupport {

	@Test
	void theListCountsIncidentsInTheWindowAndPutsTheMostRecurringFirst() {
		String queueFirst = report("Queue backlog 120 messages");
		at(day(20));
		report("Queue backlog 450 messages");
		at(day(35));
		report("Cache miss rate 40%");
		at(day(36));
		report("Cache miss rate 45%");
		at(day(37));
		report("Cache miss rate 60%");
		at(day(40));
		String queueLast = report("Queue backlog 90 messages");

		Response page = api.get("mona", "/api/v1/problems?service=" + service);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().get("total").asLong()).isEqualTo(2);
		assertThat(page.body().get("window").asText()).isEqualTo("PT720H");
		assertThat(page.body().get("windowStart").asText()).isEqualTo(day(10).toString());
		List<JsonNode> items = page.body().get("items").valueStream().toList();
		JsonNode cache = items.get(0);
		assertThat(cache.get("title").asText()).isEqualTo("Cache miss rate 40%");
		assertThat(cache.get("incidentsInWindow").asLong()).isEqualTo(3);
		assertThat(cache.get("rcaStatus").asText()).as("its third incident in 30 days").isEqualTo("REQUIRED");
		JsonNode queue = items.get(1);
		assertThat(queue.get("number").asText()).matches("PRB-\\d{6}");
		assertThat(queue.get("id").asLong()).isEqualTo(Long.parseLong(queue.get("number").asText().substring(4)));
		assertThat(queue.get("keyKind").asText()).isEqualTo("SERVICE_TITLE");
		assertThat(queue.get("service").asText()).isEqualTo(service);
		assertThat(queue.get("title").asText()).isEqualTo("Queue backlog 120 messages");
		assertThat(queue.get("firstSeen").asText()).isEqualTo(DAY_0.toString());
		assertThat(queue.get("lastSeen").asText()).isEqualTo(day(40).toString());
		assertThat(queue.get("totalIncidents").asLong()).isEqualTo(3);
		assertThat(queue.get("incidentsInWindow").asLong()).as("day 20 and day 40").isEqualTo(2);
		assertThat(queue.get("rcaStatus").asText()).isEqualTo("NONE");
		assertThat(queue.get("knownErrorWorkaround").isNull()).isTrue();

		JsonNode detail = problem(queue.get("number").asText());
		assertThat(detail.get("totalIncidents").asLong()).isEqualTo(3);
		assertThat(detail.at("/recurrence/threshold").asInt()).isEqualTo(3);
		assertThat(detail.at("/recurrence/window").asText()).isEqualTo("PT720H");
		assertThat(incidentNumbers(detail)).hasSize(3).startsWith(queueLast).endsWith(queueFirst);
		assertThat(detail.at("/incidents/0/detectedAt").asText()).isEqualTo(day(40).toString());
		assertThat(detail.at("/incidents/0/rootCauseAnalysis").asText()).isEqualTo("NONE");
		assertThat(problem(queue.get("id").asText()).get("number")).isEqualTo(queue.get("number"));
	}

	@Test
	void listsFilterByLastSeenAndPage() {
		report("Queue backlog 120 messages");
		at(day(5));
		report("Cache miss rate 40%");
		at(day(6));

		assertThat(titles("&from=" + day(1))).containsExactly("Cache miss rate 40%");
		assertThat(titles("&to=" + day(1))).containsExactly("Queue backlog 120 messages");
		Response firstPage = api.get("mona", "/api/v1/problems?size=1&service=" + service);
		assertThat(firstPage.body().get("total").asLong()).isEqualTo(2);
		assertThat(firstPage.body().get("items")).hasSize(1);
		assertThat(api.get("mona", "/api/v1/problems?size=1&page=1&service=" + service).body().at("/items/0/number"))
			.isNotEqualTo(firstPage.body().at("/items/0/number"));
	}

	@Test
	void aManagerWritesTheKnownErrorWorkaround() {
		report("Disk 91% full on db-3");
		String number = problems().get(0).get("number").asText();
		at(day(2));

		Response updated = api.put("mona", "/api/v1/problems/" + number + "/known-error",
				Map.of("workaround", "Run logrotate -f on db-3, then restart the exporter."));

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("knownErrorWorkaround").asText())
			.isEqualTo("Run logrotate -f on db-3, then restart the exporter.");
		assertThat(updated.body().get("workaroundUpdatedBy").asText()).isEqualTo("mona");
		assertThat(updated.body().get("workaroundUpdatedAt").asText()).isEqualTo(day(2).toString());
		assertThat(problems().get(0).get("knownErrorWorkaround").asText())
			.isEqualTo("Run logrotate -f on db-3, then restart the exporter.");
		assertThat(
				api.put("mona", "/api/v1/problems/" + number + "/known-error", Map.of("workaround", "x".repeat(10_000)))
					.status())
			.as("10,000 characters are allowed")
			.isEqualTo(200);
	}

	@Test
	void aResponderCannotEditTheWorkaroundAndNothingChanges() {
		report("Disk 91% full on db-3");
		String number = problems().get(0).get("number").asText();
		api.put("mona", "/api/v1/problems/" + number + "/known-error", Map.of("workaround", "Rotate the logs."));

		Response refused = api.put("rita", "/api/v1/problems/" + number + "/known-error",
				Map.of("workaround", "Ignore it."));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		JsonNode problem = problem(number);
		assertThat(problem.get("knownErrorWorkaround").asText()).isEqualTo("Rotate the logs.");
		assertThat(problem.get("workaroundUpdatedBy").asText()).isEqualTo("mona");
	}

	@Test
	void aBlankOrTooLongWorkaroundIsRefusedNamingTheField() {
		report("Disk 91% full on db-3");
		String number = problems().get(0).get("number").asText();

		for (String workaround : List.of("", "   ", "x".repeat(10_001))) {
			Response refused = api.put("mona", "/api/v1/problems/" + number + "/known-error",
					Map.of("workaround", workaround));
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.contentType()).isEqualTo("application/problem+json");
			assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("workaround");
		}
		assertThat(problem(number).get("knownErrorWorkaround").isNull()).isTrue();
	}

	@Test
	void respondersSeeTheProblemsOfServicesTheirTeamsOwn() {
		report("Disk 91% full on db-3");
		String number = problems().get(0).get("number").asText();

		assertThat(api.get("rita", "/api/v1/problems?service=" + service).body().get("total").asLong()).isEqualTo(1);
		assertThat(api.get("rita", "/api/v1/problems/" + number).status()).isEqualTo(200);
		Response otherTeam = api.get("otto", "/api/v1/problems?service=" + service);
		assertThat(otherTeam.status()).isEqualTo(200);
		assertThat(otherTeam.body().get("total").asLong()).isZero();
		assertThat(otherTeam.body().get("items")).isEmpty();
		Response refused = api.get("otto", "/api/v1/problems/" + number);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void unknownProblemsAreNotFound() {
		for (String unknown : List.of("PRB-999999999", "INC-000001", "nonsense")) {
			Response response = api.get("mona", "/api/v1/problems/" + unknown);
			assertThat(response.status()).as(unknown).isEqualTo(404);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
		}
		assertThat(api.put("mona", "/api/v1/problems/PRB-999999999/known-error", Map.of("workaround", "x")).status())
			.isEqualTo(404);
		assertThat(api.get(null, "/api/v1/problems").status()).isEqualTo(401);
	}

	private List<String> titles(String query) {
		Response response = api.get("mona", "/api/v1/problems?service=" + service + query);
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("items").valueStream().map(item -> item.get("title").asText()).toList();
	}

}
