package dev.firebreak.problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.firebreak.incident.Incident;

/**
 * What identifies a recurring problem. An incident from monitoring has two fingerprints,
 * its dedup key first; a reported incident has only the title one.
 */
record Fingerprint(KeyKind kind, String text) {

	private static final Pattern UUID = Pattern
		.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

	/**
	 * Hex ids such as commit hashes or pod suffixes: six or more hex characters with at
	 * least one digit, so that words like "decade" stay.
	 */
	private static final Pattern HEX_ID = Pattern.compile("\\b(?=[0-9a-f]*[0-9])[0-9a-f]{6,}\\b");

	/** Numbers, with decimals, versions, IP addresses and ports: 91, 3.5, 10.0.0.1:80. */
	private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:[.,:][0-9]+)*");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** In lookup order: the dedup key wins over the title. */
	static List<Fingerprint> of(Incident incident) {
		List<Fingerprint> fingerprints = new ArrayList<>(2);
		if (incident.integrationId() != null && incident.dedupKey() != null) {
			fingerprints.add(new Fingerprint(KeyKind.DEDUP_KEY,
					"integration:" + incident.integrationId() + ":" + incident.dedupKey()));
		}
		fingerprints.add(new Fingerprint(KeyKind.SERVICE_TITLE,
				"service:" + incident.serviceName() + ":" + normaliseTitle(incident.title())));
		return fingerprints;
	}

	/**
	 * Lower-cased; UUIDs, hex ids and numbers each become {@code #}; whitespace runs
	 * become one space, none at the ends. "Disk 91% full on db-3" and "Disk 95% full on
	 * db-4" both become "disk #% full on db-#".
	 */
	static String normaliseTitle(String title) {
		String text = title.toLowerCase(Locale.ROOT);
		text = UUID.matcher(text).replaceAll("#");
		text = HEX_ID.matcher(text).replaceAll("#");
		text = NUMBER.matcher(text).replaceAll("#");
		return WHITESPACE.matcher(text).replaceAll(" ").trim();
	}

	/** SHA-256 in hex: a fixed-size unique key, however long the text. */
	String hash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
