package dev.firebreak.export;

import dev.firebreak.report.DailyReports;
import dev.firebreak.report.ReportParameters;
import dev.firebreak.report.SlaReports;
import dev.firebreak.security.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

	private final DailyReports daily;

	private final SlaReports sla;

	ReportWorkbookController(DailyReports daily, SlaReports sla) {
		this.daily = daily;
		this.sla = sla;
	}

	@GetMapping("/daily/{date}.xlsx")
	ResponseEntity<byte[]> daily(@PathVariable("date") String date, Authentication authentication) {
		byte[] workbook = DailyReportWorkbook
			.of(daily.get(ReportParameters.date("date", date), Actor.of(authentication)));
		return attachment("firebreak-daily-report-" + date + ".xlsx", workbook);
	}

	@GetMapping("/sla/{month}.xlsx")
	ResponseEntity<byte[]> sla(@PathVariable("month") String month, Authentication authentication) {
		byte[] workbook = SlaReportWorkbook
			.of(sla.get(ReportParameters.month("month", month), Actor.of(authentication)));
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
