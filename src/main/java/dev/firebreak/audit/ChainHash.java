package dev.firebreak.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash-chain function of every chain (docs/adr/0007-hash-chain.md). An entry's hash
 * is SHA-256 over the previous entry's hash (a chain's first entry starts from
 * {@link #GENESIS}) and the entry's canonical content, so changing or removing an entry
 * breaks the link to the next one.
 * <p>
 * Canonical content, in UTF-8: {@code prevHash "\n" format "\n"} then, for each field,
 * {@code byteLength ":" value "\n"} ({@code "-\n"} for null). A time is ISO-8601 UTC to
 * the whole second (MySQL keeps whole seconds; a stored {@code LocalDateTime} is UTC);
 * any other value is its text, so JSON details are hashed exactly as stored.
 */
public final class ChainHash {

	/** Where every chain starts. */
	public static final String GENESIS = "0".repeat(64);

	private static final HexFormat HEX = HexFormat.of();

	private ChainHash() {
	}

	/**
	 * @param format the chain's versioned name ({@code timeline/v1}), so that a later
	 * change of the content can be told apart
	 * @param content the entry's fields, in the chain's order
	 */
	public static String link(String prevHash, String format, Object... content) {
		MessageDigest sha = sha256();
		sha.update((prevHash + "\n" + format + "\n").getBytes(StandardCharsets.UTF_8));
		for (Object value : content) {
			field(sha, text(value));
		}
		return HEX.formatHex(sha.digest());
	}

	/**
	 * SHA-256 of a text in UTF-8, in lower-case hex: for figures built from chain heads.
	 */
	public static String sha256(String text) {
		return HEX.formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	static String text(Object value) {
		if (value instanceof LocalDateTime utc) {
			return text(utc.toInstant(ZoneOffset.UTC));
		}
		if (value instanceof Instant at) {
			return at.truncatedTo(ChronoUnit.SECONDS).toString();
		}
		return value == null ? null : value.toString();
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

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
