package dev.firebreak.intake;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/integrations/{id}/test-alert} for every sender: a sample alert in
 * that sender's format goes through its reader into the inbox, the worker opens a test
 * incident on the integration's default service, and the result call names it. A second
 * test alert repeats the open one (deduplication), and the curl example of each sender is
 * one its endpoint accepts.
 */
@FirebreakTest
class TestAlertApiTest extends IntakeTestSupport {

	@ParameterizedTest
	@EnumSource(value = IntegrationType.class, names = "PROBE", mode = EnumSource.Mode.EXCLUDE)
	void aTestAlertOpensAnIncidentThroughTheIntake(IntegrationType type) {
		String service = service("test-alert", 3, "ops");
		long id = integration(type, service).integration().id();

		ApiClient.Response sent = api.post("adam", "/api/v1/integrations/" + id + "/test-alert", null);
		assertThat(sent.status()).isEqualTo(202);
		assertThat(sent.body().get("status").asText()).isEqualTo("PENDING");
		String result = "/api/v1/integrations/" + id + "/test-alert/" + sent.body().get("alertId").asLong();
		assertThat(sent.headers().getLocation()).hasToString(result);

		drain();
		JsonNode done = api.get("adam", result).body();
		assertThat(done.get("status").asText()).isEqualTo("DONE");
		assertThat(done.get("outcome").asText()).startsWith("OPENED INC-");
		String number = done.get("incident").asText();
		JsonNode incident = incident(number);
		assertThat(incident.get("service").asText()).isEqualTo(service);
		assertThat(incident.get("title").asText()).containsIgnoringCase("test");

		ApiClient.Response again = api.post("adam", "/api/v1/integrations/" + id + "/test-alert", null);
		drain();
		JsonNode repeated = api
			.get("adam", "/api/v1/integrations/" + id + "/test-alert/" + again.body().get("alertId").asLong())
			.body();
		assertThat(repeated.get("outcome").asText()).isEqualTo("REPEATED " + number);
		assertThat(incidentsOf(service)).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(value = IntegrationType.class, names = "PROBE", mode = EnumSource.Mode.EXCLUDE)
	void eachCurlExampleIsOneTheSendersEndpointAccepts(IntegrationType type) {
		String service = service("test-curl", 3, "ops");
		Integrations.CreatedIntegration created = integration(type, service);
		String command = ConfigurationSnippets.testAlert(type, "", created.key());
		String path = command.substring("curl -X POST ".length(), command.indexOf(' ', "curl -X POST ".length()));
		String body = command.substring(command.indexOf("-d '") + 4, command.lastIndexOf('\''));

		assertThat(post(path, created.key(), body).status()).isEqualTo(202);
		drain();
		assertThat(incidentsOf(service)).hasSize(1);
	}

	@org.junit.jupiter.api.Test
	void anUnknownIntegrationOrAlertIsNotFound() {
		assertThat(api.post("adam", "/api/v1/integrations/999999/test-alert", null).status()).isEqualTo(404);
		long id = integration(IntegrationType.GENERIC, service("test-none", 3, "ops")).integration().id();
		assertThat(api.get("adam", "/api/v1/integrations/" + id + "/test-alert/999999").status()).isEqualTo(404);
		assertThat(List.of(api.post("rita", "/api/v1/integrations/" + id + "/test-alert", null).status()))
			.containsExactly(403);
	}

}
