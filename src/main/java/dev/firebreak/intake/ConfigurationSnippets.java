package dev.firebreak.intake;

/**
 * Copy-paste configuration for the sender of a new integration, with its key filled in.
 */
public final class ConfigurationSnippets {

	/** Stands for the key in examples shown after the key was. */
	public static final String KEY_PLACEHOLDER = "YOUR-INTEGRATION-KEY";

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

	/**
	 * A test alert with curl in the sender's own format, to try the key and the endpoint
	 * before the sender is set up; it raises a real incident, named as a test.
	 * @param key the key, or a placeholder ({@link #KEY_PLACEHOLDER}) where the key is
	 * not known any more: it is shown once
	 */
	public static String testAlert(IntegrationType type, String baseUrl, String key) {
		String body = sampleAlert(type, key);
		if (body.isEmpty()) {
			return "";
		}
		String url = baseUrl + IntegrationView.endpoint(type);
		return "curl -X POST " + url + " -H 'Authorization: Bearer " + key
				+ "' -H 'Content-Type: application/json' \\\n  -d '" + body.replace("'", "'\\''") + "'\n";
	}

	/**
	 * A firing test alert as the sender would send it (the body of {@link #testAlert},
	 * and what the page's Send test alert button reads through the same reader).
	 */
	static String sampleAlert(IntegrationType type, String key) {
		return switch (type) {
			case ALERTMANAGER ->
				"""
						{"version":"4","status":"firing","alerts":[{"status":"firing","fingerprint":"firebreak-test","labels":{"alertname":"FirebreakTest","severity":"warning"},"annotations":{"summary":"Test alert from the Firebreak setup page"}}]}""";
			case PAGERDUTY ->
				"""
						{"routing_key":"%s","event_action":"trigger","dedup_key":"firebreak-test","payload":{"summary":"Test alert from the Firebreak setup page","source":"setup","severity":"warning"}}"""
					.formatted(key);
			case GRAFANA ->
				"""
						{"status":"firing","alerts":[{"status":"firing","fingerprint":"firebreak-test","labels":{"alertname":"FirebreakTest"},"annotations":{"summary":"Test alert from the Firebreak setup page"}}]}""";
			case UPTIME_KUMA ->
				"""
						{"heartbeat":{"status":0,"msg":"Test alert from the Firebreak setup page"},"monitor":{"id":"firebreak-test","name":"Firebreak test"},"msg":"Test alert"}""";
			case GENERIC ->
				"""
						{"dedupKey":"firebreak-test","action":"trigger","title":"Test alert from the Firebreak setup page","severity":"low"}""";
			case PROBE -> "";
		};
	}

}
