package dev.firebreak.ui;

import java.time.Clock;

import dev.firebreak.incident.TimelineChainVerifier;
import dev.firebreak.incident.TimelineChainVerifier.TimelineVerification;
import dev.firebreak.security.Actor;
import dev.firebreak.security.AuditChainVerifier;
import dev.firebreak.security.AuditChainVerifier.AuditVerification;
import dev.firebreak.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The audit trail's verification, as {@code GET /api/v1/audit/verify} makes it: the
 * timeline's and the audit log's hash chains are walked now, every time the page opens,
 * and the first broken link of each is named. Auditors and admins, as for the API.
 */
@Controller
class AuditTrailController {

	private final TimelineChainVerifier timeline;

	private final AuditChainVerifier audit;

	private final Clock clock;

	AuditTrailController(TimelineChainVerifier timeline, AuditChainVerifier audit, Clock clock) {
		this.timeline = timeline;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/audit/verify")
	String verify(Authentication authentication, Model model) {
		Actor.of(authentication).requireAnyRole("verify the audit trail", Role.AUDITOR, Role.ADMIN);
		TimelineVerification timelineCheck = timeline.verify();
		AuditVerification auditCheck = audit.verify();
		model.addAttribute("page", "audit");
		model.addAttribute("intact", timelineCheck.ok() && auditCheck.ok());
		model.addAttribute("timeline", timelineCheck);
		model.addAttribute("audit", auditCheck);
		model.addAttribute("checkedAt", clock.instant());
		return "audit-verify";
	}

}
