package dev.firebreak.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tamper evidence for the audit log: one hash chain of {@link ChainHash} over all entries
 * in id order, starting from {@link ChainHash#GENESIS}. Appends lock the single
 * {@code fb_chain_head} row, so the chain stays linear across threads and nodes; see
 * docs/adr/0007-hash-chain.md.
 * <p>
 * Format {@code audit/v1}: time, actor, action, target, details (the JSON text exactly as
 * stored) and source address.
 */
@Component
@Order(2)
public final class AuditLogChain extends Chain {

	static final String HEAD_ROW = "audit";

	private static final String FORMAT = "audit/v1";

	public AuditLogChain() {
		super("audit", "Audit log", FORMAT, "fb_audit_log",
				List.of("at", "actor", "action", "target", "details", "source_address"));
	}

	static String hash(String prevHash, Instant at, String actor, String action, String target, String details,
			String sourceAddress) {
		return ChainHash.link(prevHash, FORMAT, at, actor, action, target, details, sourceAddress);
	}

	@Override
	public String headRow() {
		return HEAD_ROW;
	}

}
