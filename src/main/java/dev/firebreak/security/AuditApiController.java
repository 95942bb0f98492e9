package dev.firebreak.security;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, newest first: for auditors and admins. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditRepository entries;

	AuditApiController(AuditRepository entries) {
		this.entries = entries;
	}

	@GetMapping
	AuditRepository.Page search(@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "target", required = false) String target,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
			@RequestParam(name = "size", defaultValue = "50") @Min(1) @Max(500) int size,
			Authentication authentication) {
		Actor.of(authentication).requireAnyRole("read the audit log", Role.AUDITOR, Role.ADMIN);
		return entries.search(actor, action, target, from, to, page, size);
	}

}
