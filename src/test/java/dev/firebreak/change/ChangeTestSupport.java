package dev.firebreak.change;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.Integrations;
import dev.firebreak.intake.NewIntegration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What change tests share: integrations of their own (tests share one database), real
 * HTTP posts with the sender's key, and the stored rows counted.
 */
abstract class ChangeTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	Integrations integrations;

	@Autowired
	JdbcClient jdbc;

	ApiClient api() {
		return new ApiClient(port);
	}

	String key(IntegrationType type, String defaultService) {
		return integrations
			.create(new NewIntegration(type.name().toLowerCase() + "-" + UUID.randomUUID(), type, defaultService, null,
					null, null, null, null), "adam")
			.key();
	}

	ApiClient.Response deploy(String key, Object body) {
		return api().call(key == null ? Credentials.NONE : Credentials.bearer(key), HttpMethod.POST,
				"/api/v1/intake/deployments", body);
	}

	ApiClient.Response pagerDutyChange(Object body) {
		return api().call(Credentials.NONE, HttpMethod.POST, "/v2/change/enqueue", body);
	}

	long storedChanges() {
		return jdbc.sql("select count(*) from fb_change_event").query(Long.class).single();
	}

	/** The fields a problem+json answer names, in its order. */
	static List<String> fields(ApiClient.Response response) {
		return response.body().get("errors").valueStream().map(error -> error.get("field").asText()).toList();
	}

	static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asText).toList();
	}

}
