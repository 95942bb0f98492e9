package dev.firebreak.security;

import java.time.Instant;

import dev.firebreak.audit.ChainHash;

/**
 * Tamper evidence for the audit log: one hash chain of {@link ChainHash} over all entries
 * in id order, starting from {@link ChainHash#GENESIS}. Appends lock the single
 * {@code fb_chain_head} row, so the chain stays linear across threads and nodes; see
 * docs/adr/0007-hash-chain.md.
 * <p>
 * Format {@code audit/v1}: time, actor, action, target, details (the JSON text exactly as
 * stored) and source address.
 */
public final class AuditChain {

	static final String FORMAT = "audit/v1";

	private AuditChain() {
	}

	public static String hash(String prevHash, Instant at, String actor, String action, String target, String details,
			String sourceAddress) {
		return ChainHash.link(prevHash, FORMAT, at, actor, action, target, details, sourceAddress);
	}

}
