package dev.firebreak.incident;

import java.time.Instant;

/**
 * What monitoring said about a problem, already mapped to our terms.
 *
 * @param service the service named by the alert, or null; unknown names fall back to the
 * integration's default service
 * @param team the team named by the alert, or null for the service's owning team
 * @param receivedAt when the alert arrived: an incident is detected then, not when a busy
 * worker got to it
 * @param labels the alert's labels as searchable text ({@code name=value} pairs), or null
 */
public record AlertDetails(long integrationId, String dedupKey, String title, String description, Severity severity,
		Impact impact, String service, String team, String defaultService, Instant receivedAt, String labels) {

	public AlertDetails(long integrationId, String dedupKey, String title, String description, Severity severity,
			Impact impact, String service, String team, String defaultService, Instant receivedAt) {
		this(integrationId, dedupKey, title, description, severity, impact, service, team, defaultService, receivedAt,
				null);
	}

}
