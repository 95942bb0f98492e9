/**
 * Monitoring triggers: integrations and their keys, endpoints in the senders' own
 * formats, the durable alert inbox and its worker, and stale-alert detection. Turns
 * alerts into incident changes through the incident feature only, after asking the
 * suppression feature whether a silence or maintenance window covers them.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "cluster", "admin", "security", "web", "failure", "suppression" })
package dev.firebreak.intake;
