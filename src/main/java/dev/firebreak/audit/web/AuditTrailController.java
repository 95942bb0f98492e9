package dev.firebreak.audit.web;

import java.time.Clock;
import java.util.List;

import dev.firebreak.audit.Chain;
import dev.firebreak.audit.ChainVerification;
import dev.firebreak.audit.ChainVerifier;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The audit trail's verification, as {@code GET /api/v1/audit/verify} makes it: every
 * chained table the features register (the incident timelines, the audit log) is walked
 * now, every time the page opens, and the first broken link of each is named. Auditors
 * and admins, as for the API.
 */
@Controller
class AuditTrailController {

	private final List<Chain> chains;

	private final ChainVerifier verifier;

	private final Clock clock;

	AuditTrailController(List<Chain> chains, ChainVerifier verifier, Clock clock) {
		this.chains = chains;
		this.verifier = verifier;
		this.clock = clock;
	}

	@GetMapping("/audit/verify")
	String verify(Authentication authentication, Model model) {
		Auditors.require(authentication, "verify the audit trail");
		List<ChainCheck> checks = chains.stream()
			.map(chain -> new ChainCheck(chain.name(), chain.title(), verifier.verify(chain)))
			.toList();
		model.addAttribute("page", "audit");
		model.addAttribute("intact", checks.stream().allMatch(check -> check.result().ok()));
		model.addAttribute("chains", checks);
		model.addAttribute("checkedAt", clock.instant());
		return "audit/verify";
	}

	/**
	 * @param name the prefix of the section's element ids
	 */
	record ChainCheck(String name, String title, ChainVerification result) {
	}

}
