package dev.firebreak.export;

import java.time.Instant;

import dev.firebreak.audit.ChainHash;
import dev.firebreak.audit.ChainVerification;
import dev.firebreak.audit.ChainVerifier;
import dev.firebreak.audit.HeadDigest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.TimelineChain;
import dev.firebreak.security.Actor;
import dev.firebreak.audit.AuditLogChain;
import dev.firebreak.security.Role;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks the timeline and audit hash chains and names the first broken link; given an
 * issue log's filters and its "as of" figures, also recomputes that workbook's chain head
 * from the live record. Auditors and admins.
 */
@RestController
class ChainVerifyApiController {

	private final ChainVerifier verifier;

	private final TimelineChain timeline;

	private final AuditLogChain audit;

	private final IssueLogReader reader;

	private final IssueLogExports exports;

	private final ExportProperties properties;

	ChainVerifyApiController(ChainVerifier verifier, TimelineChain timeline, AuditLogChain audit, IssueLogReader reader,
			IssueLogExports exports, ExportProperties properties) {
		this.verifier = verifier;
		this.timeline = timeline;
		this.audit = audit;
		this.reader = reader;
		this.exports = exports;
		this.properties = properties;
	}

	@GetMapping("/api/v1/audit/verify")
	TrailVerification verify(
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(name = "service", required = false) String service,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "priority", required = false) Priority priority,
			@RequestParam(name = "status", required = false) IncidentStatus status,
			@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "timelineAsOf", required = false) Long timelineAsOf,
			@RequestParam(name = "auditAsOf", required = false) Long auditAsOf, Authentication authentication) {
		Actor.of(authentication).requireAnyRole("verify the audit trail", Role.AUDITOR, Role.ADMIN);
		TrailVerification.ExportCheck export = null;
		if (timelineAsOf != null || auditAsOf != null) {
			if (timelineAsOf == null || auditAsOf == null) {
				throw ExportProblems.invalidFilter(timelineAsOf == null ? "timelineAsOf" : "auditAsOf",
						"is required with " + (timelineAsOf == null ? "auditAsOf" : "timelineAsOf"));
			}
			ExportFilters filters = new ExportRequest(from, to, service, team, priority, status, q).filters();
			exports.validate(filters);
			export = recompute(filters, timelineAsOf, auditAsOf);
		}
		ChainVerification timelineCheck = verifier.verify(timeline);
		ChainVerification auditCheck = verifier.verify(audit);
		return new TrailVerification(timelineCheck.ok() && auditCheck.ok(), timelineCheck, auditCheck, export);
	}

	/** The export's figure, from the live record: the same reads the workbook made. */
	private TrailVerification.ExportCheck recompute(ExportFilters filters, long timelineAsOf, long auditAsOf) {
		String auditHash = auditAsOf == 0 ? ChainHash.GENESIS : verifier.hashOf(audit, auditAsOf).orElse(null);
		HeadDigest digest = new HeadDigest();
		long after = 0;
		while (true) {
			var ids = reader.incidentIds(filters, after, Long.MAX_VALUE, properties.pageSize());
			if (ids.isEmpty()) {
				break;
			}
			reader.heads(ids, timelineAsOf)
				.forEach(head -> digest.add(Incident.number(head.incidentId()), head.entryId(), head.hash()));
			after = ids.get(ids.size() - 1);
		}
		long incidents = digest.chains();
		String timelineDigest = digest.hex();
		String chainHead = auditHash == null ? null
				: new ChainHead(auditAsOf, auditHash, timelineAsOf, timelineDigest, incidents).value();
		return new TrailVerification.ExportCheck(timelineAsOf, auditAsOf, auditHash, timelineDigest, incidents,
				chainHead);
	}

}
