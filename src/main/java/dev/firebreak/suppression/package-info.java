/**
 * Silences and maintenance windows: label matchers or a service's planned work over a
 * time range. Intake asks {@link dev.firebreak.suppression.Suppressions} about each
 * firing alert, passing plain values, so this feature knows nothing of intake; alerts it
 * suppresses are recorded here for the counts and for auditors. Pre-filling a silence
 * from an incident's alert goes through
 * {@link dev.firebreak.suppression.IncidentAlertLabels}, which intake implements.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "security", "audit", "web", "failure" })
package dev.firebreak.suppression;
