package dev.firebreak.intake;

/** An inbox row as the worker processes it. */
record StoredAlert(long id, long integrationId, int attempts, InboundAlert alert) {
}
