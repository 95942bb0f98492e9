package dev.firebreak.incident;

/**
 * An SLA clock ran out (once per clock).
 *
 * @param clock {@code acknowledge} or {@code resolve}
 */
public record SlaBreached(long incidentId, String number, String clock) {
}
