package dev.firebreak.export;

import dev.firebreak.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports as Excel workbooks, at the JSON reports' paths with {@code .xlsx}: the same
 * figures, the same access rules (they come from the same report services).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportWorkbookController {

	private final ReportWorkbooks workbooks;

	ReportWorkbookController(ReportWorkbooks workbooks) {
		this.workbooks = workbooks;
	}

	@GetMapping("/daily/{date}.xlsx")
	ResponseEntity<byte[]> daily(@PathVariable("date") String date, Authentication authentication) {
		return workbooks.daily(date, Actor.of(authentication));
	}

	@GetMapping("/sla/{month}.xlsx")
	ResponseEntity<byte[]> sla(@PathVariable("month") String month, Authentication authentication) {
		return workbooks.sla(month, Actor.of(authentication));
	}

	@GetMapping("/reviews/{period}.xlsx")
	ResponseEntity<byte[]> review(@PathVariable("period") String period, Authentication authentication) {
		return workbooks.review(period, Actor.of(authentication));
	}

}
