package dev.firebreak.probe;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One stored check, as the samples API shows it.
 *
 * @param up true when up or degraded
 * @param error why it is down or degraded
 * @param durationMs a heartbeat's run time
 * @param evidence a data-integrity check's rows
 */
public record Sample(Instant at, boolean up, CheckStatus status, Integer statusCode, Integer responseMs, String error,
		String detail, Long durationMs, JsonNode evidence) {
}
