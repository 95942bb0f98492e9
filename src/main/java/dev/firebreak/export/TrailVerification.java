package dev.firebreak.export;

import dev.firebreak.audit.ChainVerification;

/**
 * The answer of {@code GET /api/v1/audit/verify}: both chains as audit's verifier walked
 * them.
 *
 * @param export the chain head of an issue log recomputed from the live record, when the
 * request named the export's figures (timelineAsOf, auditAsOf); else null
 */
record TrailVerification(boolean ok, ChainVerification timeline, ChainVerification audit, ExportCheck export) {

	/**
	 * @param auditHash the live hash of audit entry {@code auditAsOf}; null when that
	 * entry no longer exists
	 * @param chainHead compare with the About sheet's "Chain head"
	 */
	record ExportCheck(long timelineAsOf, long auditAsOf, String auditHash, String timelineDigest, long incidents,
			String chainHead) {
	}

}
