/**
 * Recurring problems: incidents grouped by fingerprint (an integration's dedup key, or
 * the service and the normalised title), counts over a window, the recurrence rule that
 * requires root-cause analysis, and known-error workarounds. Groups each incident in the
 * transaction that opened it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "failure" })
package dev.firebreak.problem;
