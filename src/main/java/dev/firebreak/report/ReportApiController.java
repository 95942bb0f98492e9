package dev.firebreak.report;

import java.time.LocalDate;

import dev.firebreak.security.Actor;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports as JSON. The workbooks of the same reports are served by the export feature at
 * the same paths with {@code .xlsx}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

	private final DailyReports daily;

	private final SlaReports sla;

	private final Trends trends;

	private final Reviews reviews;

	ReportApiController(DailyReports daily, SlaReports sla, Trends trends, Reviews reviews) {
		this.daily = daily;
		this.sla = sla;
		this.trends = trends;
		this.reviews = reviews;
	}

	@GetMapping("/daily/{date}")
	DailyReport daily(@PathVariable("date") String date, Authentication authentication) {
		return daily.get(ReportParameters.date("date", date), Actor.of(authentication));
	}

	@PostMapping("/daily/{date}/regenerate")
	DailyReport regenerate(@PathVariable("date") String date, Authentication authentication) {
		return daily.regenerate(ReportParameters.date("date", date), Actor.of(authentication));
	}

	@GetMapping("/sla/{month}")
	SlaReport sla(@PathVariable("month") String month, Authentication authentication) {
		return sla.get(ReportParameters.month("month", month), Actor.of(authentication));
	}

	/** A week ({@code 2026-W10}), a month or a quarter ({@code 2026-Q1}). */
	@GetMapping("/reviews/{period}")
	Review review(@PathVariable("period") String period, Authentication authentication) {
		return reviews.get(ReviewPeriod.parse("period", period), Actor.of(authentication));
	}

	@GetMapping("/trends")
	Trend trends(@RequestParam(name = "metric", required = false) String metric,
			@RequestParam(name = "by", required = false) String by,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Authentication authentication) {
		LocalDate first = from == null ? null : ReportParameters.date("from", from);
		LocalDate last = to == null ? null : ReportParameters.date("to", to);
		return trends.get(metric, by, first, last, Actor.of(authentication));
	}

}
