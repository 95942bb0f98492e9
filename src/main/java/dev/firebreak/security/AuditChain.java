package dev.firebreak.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Tamper evidence for the audit log: one hash chain over all entries in id order. An
 * entry's hash is SHA-256 over the previous entry's hash (the first from
 * {@link #GENESIS}) and its canonical content. Appends lock the single
 * {@code fb_chain_head} row, so the chain stays linear across threads and nodes; see
 * docs/adr/0007-hash-chain.md.
 * <p>
 * Canonical content, in UTF-8: {@code prevHash "\n" "audit/v1" "\n"} then, for each of
 * time, actor, action, target, details and source address,
 * {@code byteLength ":" value "\n"} ({@code "-\n"} for null). The time is ISO-8601 UTC to
 * the whole second; the details are the JSON text exactly as stored.
 */
public final class AuditChain {

	public static final String GENESIS = "0".repeat(64);

	private static final HexFormat HEX = HexFormat.of();

	private AuditChain() {
	}

	public static String hash(String prevHash, Instant at, String actor, String action, String target, String details,
			String sourceAddress) {
		MessageDigest sha = sha256();
		sha.update((prevHash + "\naudit/v1\n").getBytes(StandardCharsets.UTF_8));
		field(sha, at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString());
		field(sha, actor);
		field(sha, action);
		field(sha, target);
		field(sha, details);
		field(sha, sourceAddress);
		return HEX.formatHex(sha.digest());
	}

	private static void field(MessageDigest sha, String value) {
		if (value == null) {
			sha.update("-\n".getBytes(StandardCharsets.UTF_8));
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
		sha.update(bytes);
		sha.update((byte) '\n');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
