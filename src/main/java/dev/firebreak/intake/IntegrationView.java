package dev.firebreak.intake;

import java.time.Instant;

import dev.firebreak.incident.Severity;

/**
 * An integration as the API shows it: never the key, only its first characters.
 *
 * @param endpoint where this integration's sender posts
 */
public record IntegrationView(long id, String name, IntegrationType type, String keyHint, String endpoint,
		String defaultService, String defaultTeam, Severity defaultSeverity, String serviceLabel, String teamLabel,
		String severityLabel, Instant createdAt, String createdBy) {

	public static IntegrationView of(Integration integration) {
		return new IntegrationView(integration.id(), integration.name(), integration.type(), integration.keyHint(),
				endpoint(integration.type()), integration.defaultService(), integration.defaultTeam(),
				integration.defaultSeverity(), integration.serviceLabel(), integration.teamLabel(),
				integration.severityLabel(), integration.createdAt(), integration.createdBy());
	}

	static String endpoint(IntegrationType type) {
		return switch (type) {
			case ALERTMANAGER -> "/api/v1/intake/alertmanager";
			case PAGERDUTY -> "/v2/enqueue";
			case GRAFANA -> "/api/v1/intake/grafana";
			case UPTIME_KUMA -> "/api/v1/intake/uptime-kuma";
			case GENERIC -> "/api/v1/intake/generic";
			case DEPLOYMENT -> "/api/v1/intake/deployments";
			case PROBE -> "(internal)";
		};
	}

}
