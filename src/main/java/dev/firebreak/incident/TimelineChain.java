package dev.firebreak.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Tamper evidence for the timeline: each incident's entries form a hash chain. An entry's
 * hash is SHA-256 over the previous entry's hash (the incident's first entry starts from
 * {@link #GENESIS}) and the entry's canonical content, so changing or removing an entry
 * breaks the link to the next one. Appends to one incident are already serialised by the
 * lock its update takes on the incident row; see docs/adr/0007-hash-chain.md.
 * <p>
 * Canonical content, in UTF-8: {@code prevHash "\n" "timeline/v1" "\n"} then, for each of
 * incident id, time, actor, type and details, {@code byteLength ":" value "\n"}
 * ({@code "-\n"} for null). The time is ISO-8601 UTC to the whole second (MySQL keeps
 * whole seconds); the details are the JSON text exactly as stored.
 */
public final class TimelineChain {

	/** Where every incident's chain starts. */
	public static final String GENESIS = "0".repeat(64);

	private static final HexFormat HEX = HexFormat.of();

	private TimelineChain() {
	}

	public static String hash(String prevHash, long incidentId, Instant at, String actor, String type, String details) {
		MessageDigest sha = sha256();
		sha.update((prevHash + "\ntimeline/v1\n").getBytes(StandardCharsets.UTF_8));
		field(sha, Long.toString(incidentId));
		field(sha, at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString());
		field(sha, actor);
		field(sha, type);
		field(sha, details);
		return HEX.formatHex(sha.digest());
	}

	static void field(MessageDigest sha, String value) {
		if (value == null) {
			sha.update("-\n".getBytes(StandardCharsets.UTF_8));
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
		sha.update(bytes);
		sha.update((byte) '\n');
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The figure an export carries for the chains of the incidents it holds: SHA-256 over
	 * one line {@code "INC-000123 <last entry id> <last entry hash>\n"} per incident, in
	 * incident id order. Recomputed by the verify endpoint from the live record.
	 */
	public static final class HeadDigest {

		private final MessageDigest sha = sha256();

		private long incidents;

		public void add(long incidentId, long lastEntryId, String lastHash) {
			sha.update((Incident.number(incidentId) + " " + lastEntryId + " " + lastHash + "\n")
				.getBytes(StandardCharsets.UTF_8));
			incidents++;
		}

		public long incidents() {
			return incidents;
		}

		/** The digest; the accumulator is spent afterwards. */
		public String hex() {
			return HEX.formatHex(sha.digest());
		}

	}

}
