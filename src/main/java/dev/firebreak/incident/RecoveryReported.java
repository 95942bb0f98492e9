package dev.firebreak.incident;

/**
 * Monitoring says the symptom of an open incident is gone. The workflow decides what that
 * means for the route; published in the transaction that stored nothing else.
 */
public record RecoveryReported(long incidentId, String number, String source, String actor) {
}
