package dev.firebreak.intake;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prometheus Alertmanager webhook (version 4) and Grafana's alerting webhook, which is
 * the same shape with more fields. One request carries many alerts, firing and resolved
 * mixed; each alert's {@code fingerprint} is its dedup key.
 */
final class AlertmanagerFormat {

	private AlertmanagerFormat() {
	}

	static List<InboundAlert> read(JsonNode body, Integration integration) {
		AlertReader reader = new AlertReader();
		JsonNode alerts = body.path("alerts");
		if (!alerts.isArray()) {
			reader.problem("alerts is required and must be an array");
			reader.throwIfInvalid();
		}
		List<InboundAlert> result = new ArrayList<>();
		for (int i = 0; i < alerts.size(); i++) {
			JsonNode alert = alerts.get(i);
			String path = "alerts[" + i + "]";
			String status = reader.text(alert, "status", path + ".status", 20);
			String fingerprint = reader.text(alert, "fingerprint", path + ".fingerprint", AlertReader.MAX_DEDUP_KEY);
			JsonNode labels = reader.object(alert, "labels", path + ".labels");
			if (status != null && !status.equals("firing") && !status.equals("resolved")) {
				reader.problem(path + ".status must be firing or resolved");
			}
			if (status == null || fingerprint == null || labels == null) {
				continue;
			}
			JsonNode annotations = alert.path("annotations");
			String title = AlertReader.optional(annotations, "summary", AlertReader.MAX_TITLE);
			if (title == null) {
				title = AlertReader.optional(labels, "alertname", AlertReader.MAX_TITLE);
			}
			if (title == null) {
				title = AlertReader.optional(body, "title", AlertReader.MAX_TITLE);
			}
			String service = AlertReader.optional(labels, integration.serviceLabelOr("service"), 255);
			if (service == null && integration.serviceLabel() == null) {
				service = AlertReader.optional(labels, "job", 255);
			}
			result
				.add(new InboundAlert(status.equals("firing") ? AlertAction.TRIGGER : AlertAction.RESOLVE, fingerprint,
						SeverityNames.read(AlertReader.optional(labels, integration.severityLabelOr("severity"), 50),
								integration.defaultSeverity()),
						AlertReader.impact(labels), title == null ? "Alert " + fingerprint : title,
						AlertReader.optional(annotations, "description", 10_000), service,
						AlertReader.optional(labels, integration.teamLabelOr("team"), 255), alert.toString()));
		}
		reader.throwIfInvalid();
		return result;
	}

}
