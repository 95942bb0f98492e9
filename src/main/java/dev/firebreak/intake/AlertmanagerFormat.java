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
			JsonNode annotations = reader.optionalObject(alert, "annotations", path + ".annotations");
			reader.allText(annotations, path + ".annotations");
			if (labels != null) {
				reader.allText(labels, path + ".labels");
			}
			reader.optionalTime(alert, "startsAt", path + ".startsAt");
			reader.optionalTime(alert, "endsAt", path + ".endsAt");
			reader.optional(alert, "generatorURL", path + ".generatorURL", 10_000);
			String bodyTitle = reader.optional(body, "title", "title", AlertReader.MAX_TITLE);
			if (status == null || fingerprint == null || labels == null) {
				continue;
			}
			String title = reader.optional(annotations, "summary", path + ".annotations.summary",
					AlertReader.MAX_TITLE);
			String labelPath = path + ".labels.";
			if (title == null) {
				title = reader.optional(labels, "alertname", labelPath + "alertname", AlertReader.MAX_TITLE);
			}
			if (title == null) {
				title = bodyTitle;
			}
			String serviceLabel = integration.serviceLabelOr("service");
			String service = reader.optional(labels, serviceLabel, labelPath + serviceLabel, 255);
			if (service == null && integration.serviceLabel() == null) {
				service = reader.optional(labels, "job", labelPath + "job", 255);
			}
			String severityLabel = integration.severityLabelOr("severity");
			String teamLabel = integration.teamLabelOr("team");
			result
				.add(new InboundAlert(status.equals("firing") ? AlertAction.TRIGGER : AlertAction.RESOLVE, fingerprint,
						SeverityNames.read(reader.optional(labels, severityLabel, labelPath + severityLabel, 50),
								integration.defaultSeverity()),
						reader.impact(labels, labelPath), title == null ? "Alert " + fingerprint : title,
						reader.optional(annotations, "description", path + ".annotations.description", 10_000), service,
						reader.optional(labels, teamLabel, labelPath + teamLabel, 255), alert.toString()));
		}
		reader.throwIfInvalid();
		return result;
	}

}
