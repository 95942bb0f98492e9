package dev.firebreak.intake;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Severity;

/**
 * One alert from any sender in one internal shape, as the inbox stores it.
 *
 * @param service the service label's value as sent, or null
 * @param team the team label's value as sent, or null
 * @param payload the sender's JSON for this alert, verbatim
 */
record InboundAlert(AlertAction action, String dedupKey, Severity severity, Impact impact, String title,
		String description, String service, String team, String payload) {
}
