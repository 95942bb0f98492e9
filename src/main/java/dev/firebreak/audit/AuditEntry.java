package dev.firebreak.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** One line of the audit log as the API returns it. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, JsonNode details,
		String sourceAddress) {
}
