package dev.firebreak.suppression;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.intake.IntegrationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2, besides the shared path: what is refused and why, who may silence what, and the
 * audit trail of maintenance windows.
 */
@FirebreakTest
class SuppressionTest extends AbstractSuppressionTest {

	@Test
	void badSilencesAreRefusedWithEveryReasonNamed() {
		Response response = api.post("mona", "/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "instance", "operator", "REGEX", "value", "db-(1"),
								Map.of("name", "9lives", "operator", "EQUAL", "value", "x")),
						"startsAt", NOW.plus(Duration.ofHours(2)).toString(), "endsAt",
						NOW.plus(Duration.ofHours(1)).toString(), "comment", " "));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(fields(response)).containsExactly("comment", "endsAt", "matchers[0].value", "matchers[1].name");
		assertThat(response.body().get("detail").asText()).contains("is not a valid regular expression",
				"endsAt must be after the start");
	}

	@Test
	void aSilenceThatMatchesEveryAlertNeedsAnExplicitConfirmation() {
		Map<String, Object> catchAll = Map.of("matchers",
				List.of(Map.of("name", "env", "operator", "REGEX", "value", ".*")), "endsAt",
				NOW.plus(Duration.ofMinutes(5)).toString(), "comment", "Migration night");

		Response refused = api.post("mona", "/api/v1/silences", catchAll);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("matchers");
		assertThat(refused.body().get("detail").asText()).contains("would match every alert", "confirmCatchAll");
		Response empty = api.post("mona", "/api/v1/silences",
				Map.of("matchers", List.of(), "endsAt", NOW.plusSeconds(300).toString(), "comment", "Everything"));
		assertThat(fields(empty)).containsExactly("matchers");

		Map<String, Object> confirmed = new java.util.HashMap<>(catchAll);
		confirmed.put("confirmCatchAll", true);
		JsonNode silence = created(api.post("mona", "/api/v1/silences", confirmed));
		try {
			String service = service();
			String key = integration(IntegrationType.GENERIC, service);
			postGeneric(key, "any-" + service, service);
			drain();
			assertThat(incidentsOf(service)).isEmpty();
			assertThat(outcomes("any-" + service)).containsExactly("SILENCED by silence #" + silence.get("id"));
		}
		finally {
			assertThat(api.post("mona", "/api/v1/silences/" + silence.get("id") + "/expire", null).status())
				.isEqualTo(200);
		}
	}

	@Test
	void respondersSilenceOnlyTheirOwnTeamsIncidentsForADayAtMost() {
		String service = service();
		String number = api
			.post("rita", "/api/v1/incidents",
					Map.of("title", "Slow", "service", service, "severity", "LOW", "impact", "LOW"))
			.body()
			.get("number")
			.asText();
		Map<String, Object> fromIncident = Map.of("matchers",
				List.of(Map.of("name", "service", "operator", "EQUAL", "value", service)), "endsAt",
				NOW.plus(Duration.ofHours(2)).toString(), "comment", "Working on it", "incident", number);

		assertThat(api.post("otto", "/api/v1/silences", fromIncident).status()).as("another team's").isEqualTo(403);
		Map<String, Object> withoutIncident = new java.util.HashMap<>(fromIncident);
		withoutIncident.remove("incident");
		assertThat(api.post("rita", "/api/v1/silences", withoutIncident).status()).isEqualTo(403);
		Map<String, Object> tooLong = new java.util.HashMap<>(fromIncident);
		tooLong.put("endsAt", NOW.plus(Duration.ofHours(25)).toString());
		Response longRefused = api.post("rita", "/api/v1/silences", tooLong);
		assertThat(longRefused.status()).isEqualTo(400);
		assertThat(fields(longRefused)).containsExactly("endsAt");
		assertThat(api.post("audra", "/api/v1/silences", fromIncident).status()).as("auditors change nothing")
			.isEqualTo(403);

		JsonNode silence = created(api.post("rita", "/api/v1/silences", fromIncident));
		assertThat(api.post("otto", "/api/v1/silences/" + silence.get("id") + "/expire", null).status()).isEqualTo(403);
		assertThat(api.post("rita", "/api/v1/silences/" + silence.get("id") + "/expire", null).status()).isEqualTo(200);
	}

	@Test
	void maintenanceWindowsAreCheckedAndEveryChangeIsAudited() {
		Response refused = api.post("mona", "/api/v1/maintenance-windows", Map.of("service", "no-such-service",
				"startsAt", NOW.toString(), "endsAt", NOW.minusSeconds(60).toString(), "description", ""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("description", "endsAt", "service");
		String service = service();
		Map<String, Object> window = Map.of("service", service, "startsAt", NOW.plus(Duration.ofDays(6)).toString(),
				"endsAt", NOW.plus(Duration.ofDays(6).plusHours(4)).toString(), "description", "Kernel updates");
		assertThat(api.post("rita", "/api/v1/maintenance-windows", window).status()).isEqualTo(403);

		JsonNode created = created(api.post("mona", "/api/v1/maintenance-windows", window));
		long id = created.get("id").asLong();
		assertThat(created.get("state").asText()).isEqualTo("SCHEDULED");
		assertThat(created.get("suppressAlerts").asBoolean()).isTrue();
		assertThat(api.get("rita", "/api/v1/maintenance-windows?service=" + service).body()).hasSize(1);

		Map<String, Object> changed = new java.util.HashMap<>(window);
		changed.put("description", "Kernel and firmware updates");
		Response updated = api.put("adam", "/api/v1/maintenance-windows/" + id, changed);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("updatedBy").asText()).isEqualTo("adam");

		JsonNode cancelled = api.post("mona", "/api/v1/maintenance-windows/" + id + "/cancel", null).body();
		assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
		assertThat(api.put("mona", "/api/v1/maintenance-windows/" + id, changed).status()).isEqualTo(400);
		assertThat(audited("MAINTENANCE_WINDOW_CREATED", "maintenance window " + id)).isEqualTo(1);
		assertThat(audited("MAINTENANCE_WINDOW_UPDATED", "maintenance window " + id)).isEqualTo(1);
		assertThat(audited("MAINTENANCE_WINDOW_CANCELLED", "maintenance window " + id)).isEqualTo(1);
		assertThat(api.get("rita", "/api/v1/maintenance-windows/999999").status()).isEqualTo(404);
	}

	private static List<String> fields(Response response) {
		return response.body().withArray("errors").valueStream().map(error -> error.get("field").asText()).toList();
	}

}
