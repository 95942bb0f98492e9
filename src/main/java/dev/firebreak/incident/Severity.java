package dev.firebreak.incident;

/** How bad the symptom is, as monitoring or the reporter sees it. */
public enum Severity {

	CRITICAL, HIGH, MEDIUM, LOW

}
