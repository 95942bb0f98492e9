package dev.firebreak.intake;

import java.time.Instant;

import dev.firebreak.incident.Severity;

/**
 * An alert source and how its alerts map to incidents.
 *
 * @param keyHint the key's first characters, to tell keys apart; the key itself is never
 * kept
 * @param defaultService used when an alert names no service, or one the catalogue does
 * not know
 * @param defaultTeam used when an alert names no team; null means the service's owning
 * team
 * @param defaultSeverity used when an alert's severity is missing or unknown
 * @param serviceLabel the label (or field) that names the service; null means the
 * sender's convention ({@code service}, then {@code job})
 */
public record Integration(long id, String name, IntegrationType type, String keyHint, String defaultService,
		String defaultTeam, Severity defaultSeverity, String serviceLabel, String teamLabel, String severityLabel,
		Instant createdAt, String createdBy, Instant deletedAt) {

	String serviceLabelOr(String fallback) {
		return serviceLabel != null ? serviceLabel : fallback;
	}

	String teamLabelOr(String fallback) {
		return teamLabel != null ? teamLabel : fallback;
	}

	String severityLabelOr(String fallback) {
		return severityLabel != null ? severityLabel : fallback;
	}

	/** Who the timeline names for what this integration reports. */
	public String actor() {
		return "integration:" + name;
	}

}
