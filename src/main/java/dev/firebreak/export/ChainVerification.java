package dev.firebreak.export;

import dev.firebreak.incident.TimelineChainVerifier.TimelineVerification;
import dev.firebreak.security.AuditChainVerifier.AuditVerification;

/**
 * The answer of {@code GET /api/v1/audit/verify}.
 *
 * @param export the chain head of an issue log recomputed from the live record, when the
 * request named the export's figures (timelineAsOf, auditAsOf); else null
 */
record ChainVerification(boolean ok, TimelineVerification timeline, AuditVerification audit, ExportCheck export) {

	/**
	 * @param auditHash the live hash of audit entry {@code auditAsOf}; null when that
	 * entry no longer exists
	 * @param chainHead compare with the About sheet's "Chain head"
	 */
	record ExportCheck(long timelineAsOf, long auditAsOf, String auditHash, String timelineDigest, long incidents,
			String chainHead) {
	}

}
