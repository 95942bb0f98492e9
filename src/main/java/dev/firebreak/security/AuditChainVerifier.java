package dev.firebreak.security;

import java.time.Instant;
import java.util.Optional;

import dev.firebreak.audit.ChainHash;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain in id order and names the first broken link; also checks that the
 * chain's head row still points at the newest entry, which catches entries removed from
 * the end of the log.
 */
@Component
public class AuditChainVerifier {

	private static final int PAGE = 2000;

	private final JdbcClient jdbc;

	AuditChainVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public AuditVerification verify() {
		Walk walk = new Walk();
		long after = 0;
		while (true) {
			long before = walk.entries;
			jdbc.sql("select id, at, actor, action, target, details, source_address, prev_hash, hash"
					+ " from fb_audit_log where id > ? order by id limit " + PAGE)
				.param(after)
				.query((RowCallbackHandler) rs -> walk.check(rs.getLong("id"), UtcColumns.instant(rs, "at"),
						rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("details"),
						rs.getString("source_address"), rs.getString("prev_hash"), rs.getString("hash")));
			if (walk.entries - before < PAGE) {
				break;
			}
			after = walk.previousId;
		}
		Head head = head();
		if (head.id() != walk.previousId || !head.hash().equals(walk.previousHash)) {
			walk.broken++;
			String problem = "the chain's head names entry " + head.id() + " but the newest entry is " + walk.previousId
					+ ": entries were removed from the end of the log, or the head was moved";
			if (walk.first == null) {
				walk.first = new AuditBreak(Math.max(head.id(), walk.previousId), problem);
			}
		}
		return new AuditVerification(walk.entries, walk.broken, walk.first, head);
	}

	/** The newest link as recorded by appends. */
	public Head head() {
		return jdbc.sql("select last_id, hash from fb_chain_head where name = ?")
			.param(AuditRepository.CHAIN)
			.query((rs, row) -> new Head(rs.getLong("last_id"), rs.getString("hash")))
			.single();
	}

	/** The stored hash of one entry, for comparing with a figure recorded earlier. */
	public Optional<String> hashOf(long entryId) {
		return jdbc.sql("select hash from fb_audit_log where id = ?").param(entryId).query(String.class).optional();
	}

	private static final class Walk {

		long entries;

		long broken;

		AuditBreak first;

		long previousId;

		String previousHash = ChainHash.GENESIS;

		void check(long id, Instant at, String actor, String action, String target, String details, String source,
				String prevHash, String hash) {
			entries++;
			String problem = null;
			if (!previousHash.equals(prevHash)) {
				problem = previousId == 0
						? "the first entry does not start from the genesis hash: earlier entries were removed"
						: "its previous hash is not the hash of entry " + previousId
								+ ": an entry between them was removed, or entry " + previousId + " was rewritten";
			}
			else if (!AuditChain.hash(prevHash, at, actor, action, target, details, source).equals(hash)) {
				problem = "its content does not match its hash: the entry was changed after it was written";
			}
			if (problem != null) {
				broken++;
				if (first == null) {
					first = new AuditBreak(id, problem);
				}
			}
			previousId = id;
			previousHash = hash == null ? "" : hash;
		}

	}

	/**
	 * @param first the first broken link in id order, null when the chain holds
	 */
	public record AuditVerification(long entries, long broken, AuditBreak first, Head head) {

		public boolean ok() {
			return broken == 0;
		}

	}

	public record AuditBreak(long entryId, String reason) {
	}

	/**
	 * @param id the newest entry (0 for an empty log)
	 */
	public record Head(long id, String hash) {
	}

}
