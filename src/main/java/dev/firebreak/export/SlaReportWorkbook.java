package dev.firebreak.export;

import java.time.ZoneId;
import java.util.List;

import dev.firebreak.export.Workbooks.Column;
import dev.firebreak.report.MaintenanceTime;
import dev.firebreak.report.SlaReport;
import dev.firebreak.report.SlaReport.PriorityCompliance;

/** The monthly SLA compliance report as a workbook. */
final class SlaReportWorkbook {

	private SlaReportWorkbook() {
	}

	static byte[] of(SlaReport report) {
		Workbooks book = new Workbooks(ZoneId.of(report.zone()));
		SheetWriter summary = summary(book, "Monthly SLA compliance report", report);
		summary.finish();
		write(book, report);
		return book.toBytes();
	}

	/**
	 * The Summary sheet of a report over the SLA report's period, left open for the
	 * caller's own rows.
	 */
	static SheetWriter summary(Workbooks book, String title, SlaReport report) {
		SheetWriter summary = book.sheet("Summary", new Column("Field", 18), new Column("Value", 40));
		summary.row().text("Report").text(title);
		summary.row().text("Period").text(report.period());
		summary.row().text("Time zone").text(report.zone());
		summary.row().text("From").instant(report.from());
		summary.row().text("To").instant(report.to());
		summary.row().text("Period complete").text(report.complete() ? "yes" : "no, up to the time of generation");
		summary.row().text("Generated at").instant(report.generatedAt());
		summary.row().text("Teams").text(report.teams() == null ? "All" : String.join(", ", report.teams()));
		summary.row()
			.text("SLA uptime")
			.text(report.maintenanceExcluded() ? "outside maintenance windows" : "every sample, maintenance included");
		return summary;
	}

	/**
	 * The SLA report's sheets after the summary: uptime, compliance, breaches, kinds,
	 * change failure, waiting.
	 */
	static void write(Workbooks book, SlaReport report) {

		SheetWriter uptime = book.sheet("Uptime", new Column("Service", 24), new Column("Team", 14),
				new Column("Tier", 6), new Column("Target (%)", 12), new Column("Samples", 10),
				new Column("Uptime (%)", 12), new Column("Target met", 11), new Column("SLA uptime (%)", 15),
				new Column("Maintenance windows", 20), new Column("In maintenance", 15),
				new Column("Uptime in maintenance (%)", 26), new Column("Uptime outside maintenance (%)", 31),
				new Column("Alerts suppressed by maintenance", 32));
		for (SlaReport.ServiceSla row : report.services()) {
			MaintenanceTime planned = row.maintenance();
			uptime.row()
				.text(row.service())
				.text(row.team())
				.number(row.tier())
				.number(row.uptimeTargetPercent())
				.number(row.samples())
				.number(row.uptimePercent())
				.text(row.targetMet() == null ? null : row.targetMet() ? "yes" : "no")
				.number(row.slaUptimePercent())
				.number(planned == null ? null : planned.windows())
				.duration(planned == null ? null : (double) planned.seconds())
				.number(planned == null ? null : planned.uptimePercent())
				.number(planned == null ? null : planned.outsideUptimePercent())
				.number(planned == null ? null : planned.suppressedAlerts());
		}
		uptime.finish();

		Column[] complianceColumns = { new Column("Service", 24), new Column("Team", 14), new Column("Priority", 9),
				new Column("Acknowledged", 14), new Column("Acknowledged within SLA", 24),
				new Column("Acknowledge compliance (%)", 27), new Column("Resolved", 10),
				new Column("Resolved within SLA", 20), new Column("Resolve compliance (%)", 23) };
		SheetWriter compliance = book.sheet("SLA compliance", complianceColumns);
		if (report.priorities() != null) {
			compliance(compliance, DailyReportWorkbook.ALL_SERVICES, null, report.priorities());
		}
		report.services().forEach(row -> compliance(compliance, row.service(), row.team(), row.priorities()));
		compliance.finish();

		SheetWriter breaches = book.sheet("Breaches", new Column("Incident", 12), new Column("Service", 24),
				new Column("Team", 14), new Column("Priority", 9), new Column("Title", 50), new Column("Clock", 12),
				new Column("Due", 20), new Column("Stopped", 20), new Column("Late by", 12));
		report.breaches()
			.forEach(row -> breaches.row()
				.text(row.incident())
				.text(row.service())
				.text(row.team())
				.text(row.priority())
				.text(row.title())
				.text(row.clock())
				.instant(row.dueAt())
				.instant(row.stoppedAt())
				.duration(row.lateSeconds()));
		breaches.finish();

		SheetWriter kinds = book.sheet("Check kinds", new Column("Kind", 18), new Column("Samples", 10),
				new Column("Availability (%)", 17));
		if (report.checkKinds() != null) {
			report.checkKinds()
				.forEach(row -> kinds.row().text(row.kind()).number(row.samples()).number(row.uptimePercent()));
		}
		kinds.finish();

		SheetWriter changes = book.sheet("Change failure", new Column("Service", 24), new Column("Team", 14),
				new Column("Changes", 10), new Column("Followed by an incident", 24),
				new Column("Incidents after changes", 24), new Column("Change failure rate (%)", 24),
				new Column("Window (h)", 11));
		report.changes()
			.forEach(row -> changes.row()
				.text(row.service())
				.text(row.team())
				.number(row.changes())
				.number(row.failedChanges())
				.number(row.incidentsAfterChanges())
				.number(row.failureRatePercent())
				.number(row.windowHours()));
		changes.finish();

		SheetWriter waiting = book.sheet("Waiting", new Column("Incident", 12), new Column("Service", 24),
				new Column("Team", 14), new Column("Priority", 9), new Column("Title", 50), new Column("Waits", 8),
				new Column("Waited", 12), new Column("Reasons", 22), new Column("Notes", 40),
				new Column("Acknowledge due", 20), new Column("Resolve due", 20), new Column("Waiting now", 12));
		report.waiting()
			.forEach(row -> waiting.row()
				.text(row.incident())
				.text(row.service())
				.text(row.team())
				.text(row.priority())
				.text(row.title())
				.number(row.waits())
				.duration(row.waitedSeconds())
				.text(String.join(", ", row.reasons()))
				.text(String.join("; ", row.notes()))
				.instant(row.acknowledgeDueAt())
				.instant(row.resolveDueAt())
				.text(row.waitingNow() ? "yes" : "no"));
		waiting.finish();
	}

	private static void compliance(SheetWriter sheet, String service, String team, List<PriorityCompliance> rows) {
		for (PriorityCompliance row : rows) {
			sheet.row()
				.text(service)
				.text(team)
				.text(row.priority())
				.number(row.acknowledged())
				.number(row.acknowledgedWithinSla())
				.number(row.ackCompliancePercent())
				.number(row.resolved())
				.number(row.resolvedWithinSla())
				.number(row.resolveCompliancePercent());
		}
	}

}
