package dev.firebreak.export;

import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import dev.firebreak.export.Workbooks.Column;
import dev.firebreak.report.Review;
import dev.firebreak.report.ReviewPeriod;

/**
 * A weekly or quarterly review as a workbook: the SLA report's sheets of the period, then
 * each service against its baseline, the findings with the figures they come from, and
 * the goals' progress.
 */
final class ReviewWorkbook {

	private ReviewWorkbook() {
	}

	static byte[] of(Review review) {
		Workbooks book = new Workbooks(ZoneId.of(review.zone()));
		String noun = ReviewPeriod.Cadence.valueOf(review.cadence()).noun();
		SheetWriter summary = SlaReportWorkbook.summary(book,
				Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + "ly review", review.sla());
		summary.row().text("Baseline").text(String.join(", ", review.baseline()));
		summary.row().text("Findings").number(review.findings().size());
		summary.finish();
		SlaReportWorkbook.write(book, review.sla());

		SheetWriter services = book.sheet("Against baseline", new Column("Service", 24), new Column("Team", 14),
				new Column("Incidents", 10), new Column("Baseline incidents per period", 28),
				new Column("Resolved", 10), new Column("MTTR", 12), new Column("Baseline resolved", 17),
				new Column("Baseline MTTR", 14), new Column("Breaches", 10),
				new Column("Baseline breaches per period", 28), new Column("Resolve compliance (%)", 23),
				new Column("SLA uptime (%)", 15), new Column("Uptime target (%)", 18));
		review.services()
			.forEach(row -> services.row()
				.text(row.service())
				.text(row.team())
				.number(row.opened())
				.number(row.baselineOpened())
				.number(row.resolved())
				.duration(row.mttrSeconds())
				.number(row.baselineResolved())
				.duration(row.baselineMttrSeconds())
				.number(row.breaches())
				.number(row.baselineBreaches())
				.number(row.resolveCompliancePercent())
				.number(row.slaUptimePercent())
				.number(row.uptimeTargetPercent()));
		services.finish();

		SheetWriter findings = book.sheet("Findings", new Column("Rule", 22), new Column("Service", 24),
				new Column("Team", 14), new Column("Finding", 90), new Column("Figures", 90));
		review.findings()
			.forEach(row -> findings.row()
				.text(row.rule().name())
				.text(row.service())
				.text(row.team())
				.text(row.text())
				.text(figures(row.figures())));
		findings.finish();

		SheetWriter goals = book.sheet("Goals", new Column("Goal", 60), new Column("Metric", 26),
				new Column("Service", 24), new Column("Team", 14), new Column("Baseline", 12),
				new Column("Current", 12), new Column("Target", 12), new Column("Deadline", 12),
				new Column("Status", 12));
		review.goals()
			.forEach(row -> goals.row()
				.text(row.goal().sentence())
				.text(row.goal().metric().name())
				.text(row.goal().service())
				.text(row.team())
				.number(row.baseline())
				.number(row.current())
				.number(row.target())
				.date(row.goal().deadline())
				.text(row.status().name()));
		goals.finish();
		return book.toBytes();
	}

	/** "name = value; …", in the finding's order. */
	private static String figures(Map<String, Object> figures) {
		return figures.entrySet()
			.stream()
			.map(entry -> entry.getKey() + " = " + entry.getValue())
			.collect(Collectors.joining("; "));
	}

}
