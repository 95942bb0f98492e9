package dev.firebreak.export.web;

import dev.firebreak.export.ReportWorkbooks;
import dev.firebreak.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The report pages' "download as Excel" links: the API's workbooks at the pages'
 * addresses, so that a refusal shows the error page rather than JSON.
 */
@Controller
class ReportWorkbookPagesController {

	private final ReportWorkbooks workbooks;

	ReportWorkbookPagesController(ReportWorkbooks workbooks) {
		this.workbooks = workbooks;
	}

	@GetMapping("/reports/daily/{date}.xlsx")
	ResponseEntity<byte[]> daily(@PathVariable("date") String date, Authentication authentication) {
		return workbooks.daily(date, Actor.of(authentication));
	}

	@GetMapping("/reports/sla/{month}.xlsx")
	ResponseEntity<byte[]> sla(@PathVariable("month") String month, Authentication authentication) {
		return workbooks.sla(month, Actor.of(authentication));
	}

	@GetMapping("/reports/reviews/{period}.xlsx")
	ResponseEntity<byte[]> review(@PathVariable("period") String period, Authentication authentication) {
		return workbooks.review(period, Actor.of(authentication));
	}

}
