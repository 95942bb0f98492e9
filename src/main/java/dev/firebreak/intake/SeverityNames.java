package dev.firebreak.intake;

import java.util.Locale;
import java.util.Map;

import dev.firebreak.incident.Severity;

/**
 * Reads the many ways senders spell severity. Anything unknown becomes the integration's
 * default severity, never an error: an alert must not be lost over a word.
 */
final class SeverityNames {

	private static final Map<String, Severity> NAMES = Map.ofEntries(Map.entry("critical", Severity.CRITICAL),
			Map.entry("crit", Severity.CRITICAL), Map.entry("fatal", Severity.CRITICAL),
			Map.entry("emergency", Severity.CRITICAL), Map.entry("disaster", Severity.CRITICAL),
			Map.entry("page", Severity.CRITICAL), Map.entry("p1", Severity.CRITICAL),
			Map.entry("sev1", Severity.CRITICAL), Map.entry("high", Severity.HIGH), Map.entry("error", Severity.HIGH),
			Map.entry("major", Severity.HIGH), Map.entry("p2", Severity.HIGH), Map.entry("sev2", Severity.HIGH),
			Map.entry("medium", Severity.MEDIUM), Map.entry("warning", Severity.MEDIUM),
			Map.entry("warn", Severity.MEDIUM), Map.entry("minor", Severity.MEDIUM),
			Map.entry("average", Severity.MEDIUM), Map.entry("p3", Severity.MEDIUM), Map.entry("sev3", Severity.MEDIUM),
			Map.entry("low", Severity.LOW), Map.entry("info", Severity.LOW), Map.entry("informational", Severity.LOW),
			Map.entry("notice", Severity.LOW), Map.entry("p4", Severity.LOW), Map.entry("p5", Severity.LOW),
			Map.entry("sev4", Severity.LOW));

	private SeverityNames() {
	}

	static Severity read(String value, Severity fallback) {
		if (value == null) {
			return fallback;
		}
		return NAMES.getOrDefault(value.trim().toLowerCase(Locale.ROOT), fallback);
	}

}
