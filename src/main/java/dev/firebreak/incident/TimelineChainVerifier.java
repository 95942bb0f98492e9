package dev.firebreak.incident;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import dev.firebreak.audit.ChainHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks every incident's chain and names the first broken link. Reads in pages of
 * incident ids, so memory stays flat however long the timeline is.
 */
@Component
public class TimelineChainVerifier {

	private static final int INCIDENTS_PER_PAGE = 500;

	private final JdbcClient jdbc;

	TimelineChainVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public TimelineVerification verify() {
		long maxIncident = jdbc.sql("select coalesce(max(incident_id), 0) from fb_timeline_entry")
			.query(Long.class)
			.single();
		Walk walk = new Walk();
		for (long after = 0; after < maxIncident; after += INCIDENTS_PER_PAGE) {
			jdbc.sql("select id, incident_id, at, actor, type, details, prev_hash, hash from fb_timeline_entry"
					+ " where incident_id > ? and incident_id <= ? order by incident_id, id")
				.params(after, after + INCIDENTS_PER_PAGE)
				.query(rs -> {
					LocalDateTime at = rs.getObject("at", LocalDateTime.class);
					walk.check(rs.getLong("id"), rs.getLong("incident_id"),
							at == null ? null : at.toInstant(ZoneOffset.UTC), rs.getString("actor"),
							rs.getString("type"), rs.getString("details"), rs.getString("prev_hash"),
							rs.getString("hash"));
				});
		}
		return new TimelineVerification(walk.incidents, walk.entries, walk.broken, walk.first);
	}

	/** The state of the walk: entries arrive ordered by incident, then id. */
	private static final class Walk {

		long incidents;

		long entries;

		long broken;

		ChainBreak first;

		private long incident = -1;

		private long previousId;

		private String previousHash;

		void check(long id, long incidentId, Instant at, String actor, String type, String details, String prevHash,
				String hash) {
			entries++;
			if (incidentId != incident) {
				incident = incidentId;
				incidents++;
				previousId = 0;
				previousHash = ChainHash.GENESIS;
			}
			String problem = null;
			if (!previousHash.equals(prevHash)) {
				problem = previousId == 0
						? "the incident's first entry does not start from the genesis hash: an earlier entry was removed"
						: "its previous hash is not the hash of entry " + previousId
								+ ": an entry between them was removed, or entry " + previousId + " was rewritten";
			}
			else if (!TimelineChain.hash(prevHash, incidentId, at, actor, type, details).equals(hash)) {
				problem = "its content does not match its hash: the entry was changed after it was written";
			}
			if (problem != null) {
				broken++;
				if (first == null || id < first.entryId()) {
					first = new ChainBreak(id, Incident.number(incidentId), problem);
				}
			}
			previousId = id;
			previousHash = hash == null ? "" : hash;
		}

	}

	/**
	 * @param first the broken link with the lowest entry id, null when the chains hold
	 */
	public record TimelineVerification(long incidents, long entries, long broken, ChainBreak first) {

		public boolean ok() {
			return broken == 0;
		}

	}

	/**
	 * @param incident the incident whose chain breaks here
	 */
	public record ChainBreak(long entryId, String incident, String reason) {
	}

}
