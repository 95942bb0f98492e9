package dev.firebreak.intake;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;

/**
 * The labels silences match against, read from the sender's own payload: Alertmanager's
 * and Grafana's {@code labels}; PagerDuty's {@code source}, {@code component},
 * {@code group}, {@code class} and {@code severity}; the generic format's text fields and
 * its {@code labels} object; Uptime Kuma's monitor. Every alert also gets {@code service}
 * (the service an incident would be opened for), {@code severity}, {@code team} and
 * {@code integration} where the sender did not give them, so that one matcher works
 * across senders.
 */
final class AlertLabels {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The length of {@code fb_incident.alert_labels}. */
	private static final int SEARCH_TEXT_LENGTH = 4000;

	private AlertLabels() {
	}

	/**
	 * The service an incident would be opened for, as {@code IncidentService} decides it:
	 * the alert's, if the catalogue knows it, else the integration's default.
	 */
	static String serviceOf(InboundAlert alert, Integration integration, ServiceCatalogue catalogue) {
		return Optional.ofNullable(alert.service())
			.flatMap(catalogue::find)
			.map(MonitoredService::name)
			.orElse(integration.defaultService());
	}

	static Map<String, String> of(InboundAlert alert, Integration integration, String service) {
		Map<String, String> labels = new LinkedHashMap<>(senderLabels(integration.type(), alert.payload()));
		putIfAbsent(labels, "service", service);
		putIfAbsent(labels, "severity", alert.severity().name().toLowerCase(Locale.ROOT));
		putIfAbsent(labels, "team", alert.team() != null ? alert.team() : integration.defaultTeam());
		putIfAbsent(labels, "integration", integration.name());
		return new TreeMap<>(labels);
	}

	/**
	 * The labels as the incident keeps them for search: {@code name=value} pairs, by
	 * name, cut to what the column holds.
	 */
	static String text(Map<String, String> labels) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(labels).forEach((name, value) -> {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(name).append('=').append(value);
		});
		return text.length() > SEARCH_TEXT_LENGTH ? text.substring(0, SEARCH_TEXT_LENGTH) : text.toString();
	}

	private static Map<String, String> senderLabels(IntegrationType type, String payload) {
		JsonNode body;
		try {
			body = JSON.readTree(payload);
		}
		catch (JsonProcessingException ex) {
			// stored verbatim after it was read once, so this does not happen; the
			// alert is then matched on Firebreak's own labels only
			return Map.of();
		}
		Map<String, String> labels = new LinkedHashMap<>();
		switch (type) {
			case ALERTMANAGER, GRAFANA -> texts(body.path("labels"), labels);
			case PAGERDUTY -> {
				JsonNode details = body.path("payload");
				for (String field : new String[] { "source", "component", "group", "class", "severity" }) {
					putIfAbsent(labels, field, text(details.path(field)));
				}
			}
			case GENERIC, PROBE -> {
				texts(body.path("labels"), labels);
				texts(body, labels);
				labels.remove("title");
				labels.remove("description");
			}
			case DEPLOYMENT -> {
				// deployments are change events, never alerts
			}
			case UPTIME_KUMA -> {
				putIfAbsent(labels, "monitor", text(body.path("monitor").path("name")));
				putIfAbsent(labels, "monitor_id", text(body.path("monitor").path("id")));
			}
		}
		return labels;
	}

	/** The object's text and number fields, as labels. */
	private static void texts(JsonNode object, Map<String, String> labels) {
		if (!object.isObject()) {
			return;
		}
		Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			putIfAbsent(labels, field.getKey(), text(field.getValue()));
		}
	}

	private static String text(JsonNode value) {
		return value.isTextual() || value.isNumber() || value.isBoolean() ? value.asText() : null;
	}

	private static void putIfAbsent(Map<String, String> labels, String name, String value) {
		if (value != null && !value.isBlank()) {
			labels.putIfAbsent(name, value.length() > 1000 ? value.substring(0, 1000) : value);
		}
	}

}
