package dev.firebreak.intake;

import java.time.Instant;

/**
 * An inbox row as the worker processes it.
 *
 * @param claimToken the claim this worker holds; writes check it, so a node whose claim
 * expired and was taken over cannot also finish the alert
 */
record StoredAlert(long id, long integrationId, Instant receivedAt, int attempts, String claimToken,
		InboundAlert alert) {
}
