package dev.firebreak.export;

import dev.firebreak.report.DailyReports;
import dev.firebreak.report.ReportParameters;
import dev.firebreak.report.ReviewPeriod;
import dev.firebreak.report.Reviews;
import dev.firebreak.report.SlaReports;
import dev.firebreak.security.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The reports as workbook downloads, for both doors: the API ({@code /api/v1/reports})
 * and the pages ({@code /reports}), which sit behind different security chains. The
 * report services decide what the actor may read.
 */
@Component
public class ReportWorkbooks {

	private final DailyReports daily;

	private final SlaReports sla;

	private final Reviews reviews;

	ReportWorkbooks(DailyReports daily, SlaReports sla, Reviews reviews) {
		this.daily = daily;
		this.sla = sla;
		this.reviews = reviews;
	}

	/**
	 * @param period as the request gave it: {@code 2026-W10}, {@code 2026-03},
	 * {@code 2026-Q1}
	 */
	public ResponseEntity<byte[]> review(String period, Actor actor) {
		ReviewPeriod chosen = ReviewPeriod.parse("period", period);
		byte[] workbook = ReviewWorkbook.of(reviews.get(chosen, actor));
		return attachment("firebreak-review-" + chosen.label() + ".xlsx", workbook);
	}

	/**
	 * @param date as the request gave it, e.g. {@code 2026-03-02}
	 */
	public ResponseEntity<byte[]> daily(String date, Actor actor) {
		byte[] workbook = DailyReportWorkbook.of(daily.get(ReportParameters.date("date", date), actor));
		return attachment("firebreak-daily-report-" + date + ".xlsx", workbook);
	}

	/**
	 * @param month as the request gave it, e.g. {@code 2026-03}
	 */
	public ResponseEntity<byte[]> sla(String month, Actor actor) {
		byte[] workbook = SlaReportWorkbook.of(sla.get(ReportParameters.month("month", month), actor));
		return attachment("firebreak-sla-report-" + month + ".xlsx", workbook);
	}

	private static ResponseEntity<byte[]> attachment(String filename, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Workbooks.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
