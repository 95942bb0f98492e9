package dev.firebreak.intake;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field each sender format reads, given a value of the wrong JSON type, is refused
 * with 400 naming that field, and nothing of the request is stored: the same rule for
 * every format and every field, required or optional. Each sender keeps its documented
 * error shape (problem+json; PagerDuty's own "invalid event"). The untouched body of each
 * format is accepted, so each refusal is the wrong type's doing.
 */
@FirebreakTest
class IntakeFieldTypesTest extends IntakeTestSupport {

	private static final ObjectMapper JSON = new ObjectMapper();

	static final String ALERTMANAGER = """
			{"version": "4", "status": "firing", "receiver": "firebreak", "title": "Group title",
			 "alerts": [{"status": "firing", "fingerprint": "disk-full-1",
			   "labels": {"alertname": "DiskFull", "severity": "critical", "team": "ops", "impact": "high"},
			   "annotations": {"summary": "Disk full", "description": "The disk is full"},
			   "startsAt": "2026-05-01T10:00:00Z", "endsAt": "0001-01-01T00:00:00Z",
			   "generatorURL": "http://prometheus/graph"}]}""";

	static final String GENERIC = """
			{"dedupKey": "generic-1", "action": "trigger", "title": "Queue stuck", "severity": "critical",
			 "impact": "high", "description": "No messages for 10 minutes", "team": "ops"}""";

	static final String PAGERDUTY = """
			{"routing_key": "%s", "event_action": "trigger", "dedup_key": "pd-1", "client": "Monitoring",
			 "client_url": "http://monitoring", "payload": {"summary": "Replica lag", "source": "db-1",
			 "severity": "critical", "component": "postgres", "group": "db", "class": "lag",
			 "timestamp": "2026-05-01T10:00:00Z", "custom_details": {"lag": "30s"}}}""";

	static final String UPTIME_KUMA = """
			{"heartbeat": {"status": 0, "msg": "timeout"}, "monitor": {"id": 7, "name": "Shop"},
			 "msg": "Shop is down"}""";

	record Format(String name, IntegrationType type, String path, String body) {

		@Override
		public String toString() {
			return name;
		}

	}

	static final Format AM = new Format("alertmanager", IntegrationType.ALERTMANAGER, "/api/v1/intake/alertmanager",
			ALERTMANAGER);

	static final Format GRAFANA = new Format("grafana", IntegrationType.GRAFANA, "/api/v1/intake/grafana",
			ALERTMANAGER);

	static final Format GEN = new Format("generic", IntegrationType.GENERIC, "/api/v1/intake/generic", GENERIC);

	static final Format PD = new Format("pagerduty", IntegrationType.PAGERDUTY, "/v2/enqueue", PAGERDUTY);

	static final Format KUMA = new Format("uptime-kuma", IntegrationType.UPTIME_KUMA, "/api/v1/intake/uptime-kuma",
			UPTIME_KUMA);

	static Stream<Format> formats() {
		return Stream.of(AM, GRAFANA, GEN, PD, KUMA);
	}

	/** Format, field (as the error names it), the wrong value (JSON). */
	static Stream<Arguments> wrongTypes() {
		Stream<Arguments> alertmanagerLike = Stream.of(AM, GRAFANA)
			.flatMap(format -> Stream.of(args(format, "alerts", "\"x\""), args(format, "title", "7"),
					args(format, "alerts[0].status", "1"), args(format, "alerts[0].fingerprint", "12345.5"),
					args(format, "alerts[0].labels", "\"x\""), args(format, "alerts[0].labels.alertname", "[]"),
					args(format, "alerts[0].labels.severity", "3"), args(format, "alerts[0].labels.team", "true"),
					args(format, "alerts[0].labels.impact", "{}"), args(format, "alerts[0].annotations", "\"x\""),
					args(format, "alerts[0].annotations.summary", "{\"a\": 1}"),
					args(format, "alerts[0].annotations.description", "2"),
					args(format, "alerts[0].startsAt", "\"yesterday\""), args(format, "alerts[0].endsAt", "5"),
					args(format, "alerts[0].generatorURL", "[]")));
		Stream<Arguments> others = Stream.of(args(GEN, "dedupKey", "42"), args(GEN, "action", "true"),
				args(GEN, "title", "[\"t\"]"), args(GEN, "severity", "3"), args(GEN, "impact", "1"),
				args(GEN, "description", "{}"), args(GEN, "service", "9"), args(GEN, "team", "false"),
				args(PD, "event_action", "1"), args(PD, "dedup_key", "12345.5"), args(PD, "client", "{}"),
				args(PD, "client_url", "3"), args(PD, "payload", "\"x\""), args(PD, "payload.summary", "1"),
				args(PD, "payload.source", "[]"), args(PD, "payload.severity", "2"),
				args(PD, "payload.component", "{}"), args(PD, "payload.group", "true"),
				args(PD, "payload.class", "1.5"), args(PD, "payload.timestamp", "\"yesterday\""),
				args(PD, "payload.custom_details", "\"x\""), args(KUMA, "heartbeat", "\"x\""),
				args(KUMA, "monitor", "1"), args(KUMA, "heartbeat.status", "\"0\""), args(KUMA, "heartbeat.msg", "[]"),
				args(KUMA, "monitor.id", "1.5"), args(KUMA, "monitor.name", "3"), args(KUMA, "msg", "{}"));
		return Stream.concat(alertmanagerLike, others);
	}

	private static Arguments args(Format format, String field, String wrong) {
		return Arguments.of(format, field, wrong);
	}

	@ParameterizedTest(name = "{0} accepts its documented body")
	@MethodSource("formats")
	void theUntouchedBodyIsAccepted(Format format) {
		String key = integration(format.type(), service("types", 3, "ops")).key();
		long before = inboxRows();

		Response response = post(format.path(), format == PD ? null : key, format.body().formatted(key));

		assertThat(response.status()).as(response.body()).isEqualTo(202);
		assertThat(inboxRows()).isEqualTo(before + 1);
	}

	@ParameterizedTest(name = "{0}: {1} = {2}")
	@MethodSource("wrongTypes")
	void aWrongTypeIsRefusedByName(Format format, String field, String wrong) throws Exception {
		String key = integration(format.type(), service("types", 3, "ops")).key();
		String body = with(format.body().formatted(key), field, JSON.readTree(wrong));
		long before = inboxRows();

		Response response = post(format.path(), format == PD ? null : key, body);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		JsonNode answer = response.json();
		if (format == PD) {
			assertThat(response.header("Content-Type")).startsWith("application/json");
			assertThat(answer.get("status").asText()).isEqualTo("invalid event");
			assertThat(answer.get("message").asText()).isEqualTo("Event object is invalid");
		}
		else {
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(answer.get("detail").asText()).contains(field);
		}
		List<String> errors = answer.get("errors").valueStream().map(JsonNode::asText).toList();
		assertThat(errors).as("the errors name %s", field)
			.anySatisfy(error -> assertThat(error).startsWith(field + " "));
		assertThat(inboxRows()).as("nothing stored").isEqualTo(before);
	}

	/**
	 * The body with the field at {@code path} (dots, and [i] for array items) replaced.
	 */
	private static String with(String body, String path, JsonNode value) throws Exception {
		JsonNode root = JSON.readTree(body);
		String[] steps = path.split("\\.");
		JsonNode node = root;
		for (int i = 0; i < steps.length - 1; i++) {
			node = step(node, steps[i]);
		}
		String last = steps[steps.length - 1];
		if (last.endsWith("]")) {
			ArrayNode array = (ArrayNode) ((ObjectNode) node).get(last.substring(0, last.indexOf('[')));
			array.set(index(last), value);
		}
		else {
			((ObjectNode) node).set(last, value);
		}
		return JSON.writeValueAsString(root);
	}

	private static JsonNode step(JsonNode node, String step) {
		if (step.endsWith("]")) {
			return node.get(step.substring(0, step.indexOf('['))).get(index(step));
		}
		return node.get(step);
	}

	private static int index(String step) {
		return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
	}

}
