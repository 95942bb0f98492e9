package dev.firebreak.export;

import dev.firebreak.audit.ChainHash;

/**
 * The verification figure of an issue log: where the audit chain stood when the export
 * began, and a digest of the timeline chain heads of the incidents it holds (see
 * {@link dev.firebreak.audit.HeadDigest}), as of the newest timeline entry it includes.
 * {@link #value()} folds both into one figure that the verify endpoint recomputes from
 * the live record.
 *
 * @param auditEntry the newest audit entry before the export (0 for an empty log)
 * @param timelineAsOf the newest timeline entry the export includes
 * @param incidents how many incidents the digest covers
 */
record ChainHead(long auditEntry, String auditHash, long timelineAsOf, String timelineDigest, long incidents) {

	String value() {
		String text = "firebreak-export-head/v1\naudit " + auditEntry + " " + auditHash + "\ntimeline " + timelineAsOf
				+ " " + timelineDigest + "\n";
		return ChainHash.sha256(text);
	}

}
