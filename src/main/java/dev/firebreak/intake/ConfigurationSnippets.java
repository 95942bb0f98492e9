package dev.firebreak.intake;

/**
 * Copy-paste configuration for the sender of a new integration, with its key filled in.
 */
public final class ConfigurationSnippets {

	private ConfigurationSnippets() {
	}

	/**
	 * @param baseUrl where senders reach Firebreak, e.g.
	 * {@code https://firebreak.example.org}
	 */
	public static String forType(IntegrationType type, String baseUrl, String key) {
		String url = baseUrl + IntegrationView.endpoint(type);
		return switch (type) {
			case ALERTMANAGER -> """
					# alertmanager.yml
					receivers:
					  - name: firebreak
					    webhook_configs:
					      - url: %s
					        send_resolved: true
					        http_config:
					          authorization:
					            credentials: %s
					""".formatted(url, key);
			case PAGERDUTY -> """
					# Any PagerDuty Events API v2 sender: set the events URL and the routing key.
					# Alertmanager example:
					receivers:
					  - name: firebreak-pagerduty
					    pagerduty_configs:
					      - url: %s
					        routing_key: %s
					""".formatted(url, key);
			case GRAFANA -> """
					Grafana > Alerting > Contact points > New > Webhook
					  URL: %s
					  HTTP Method: POST
					  Authorization header scheme: Bearer
					  Authorization header credentials: %s
					""".formatted(url, key);
			case UPTIME_KUMA -> """
					Uptime Kuma > Settings > Notifications > Setup Notification > Webhook
					  Post URL: %s
					  Request Body: Preset - application/json
					  Additional Headers: {"Authorization": "Bearer %s"}
					""".formatted(url, key);
			case GENERIC -> """
					curl -X POST %s -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' \\
					  -d '{"dedupKey":"disk-full-db1","action":"trigger","title":"Disk full on db1","severity":"high"}'
					""".formatted(url, key);
			case PROBE -> "";
		};
	}

}
