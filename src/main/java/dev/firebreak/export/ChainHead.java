package dev.firebreak.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The verification figure of an issue log: where the audit chain stood when the export
 * began, and a digest of the timeline chain heads of the incidents it holds (see
 * {@link dev.firebreak.incident.TimelineChain.HeadDigest}), as of the newest timeline
 * entry it includes. {@link #value()} folds both into one figure that the verify endpoint
 * recomputes from the live record.
 *
 * @param auditEntry the newest audit entry before the export (0 for an empty log)
 * @param timelineAsOf the newest timeline entry the export includes
 * @param incidents how many incidents the digest covers
 */
record ChainHead(long auditEntry, String auditHash, long timelineAsOf, String timelineDigest, long incidents) {

	String value() {
		String text = "firebreak-export-head/v1\naudit " + auditEntry + " " + auditHash + "\ntimeline " + timelineAsOf
				+ " " + timelineDigest + "\n";
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
