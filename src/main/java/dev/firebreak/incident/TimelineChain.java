package dev.firebreak.incident;

import java.time.Instant;
import java.util.List;

import dev.firebreak.audit.Chain;
import dev.firebreak.audit.ChainHash;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tamper evidence for the timeline: each incident's entries form a hash chain of
 * {@link ChainHash}, starting from {@link ChainHash#GENESIS}. Appends to one incident are
 * already serialised by the lock its update takes on the incident row; see
 * docs/adr/0007-hash-chain.md.
 * <p>
 * Format {@code timeline/v1}: incident id, time, actor, type and details (the JSON text
 * exactly as stored).
 */
@Component
@Order(1)
public final class TimelineChain extends Chain {

	private static final String FORMAT = "timeline/v1";

	TimelineChain() {
		super("timeline", "Incident timelines", FORMAT, "fb_timeline_entry",
				List.of("incident_id", "at", "actor", "type", "details"));
	}

	public static String hash(String prevHash, long incidentId, Instant at, String actor, String type, String details) {
		return ChainHash.link(prevHash, FORMAT, incidentId, at, actor, type, details);
	}

	@Override
	public String keyColumn() {
		return "incident_id";
	}

	@Override
	public String noun() {
		return "incident";
	}

	@Override
	public String label(long incidentId) {
		return Incident.number(incidentId);
	}

	@Override
	public String page(long incidentId) {
		return "/incidents/" + Incident.number(incidentId);
	}

}
