package dev.firebreak.report.web;

import java.time.Instant;
import java.util.List;

import dev.firebreak.report.DailyReport;
import dev.firebreak.web.Formats;

/**
 * The daily performance report as its page shows it. The learning lists are shown as they
 * come; figures are written out here.
 *
 * @param total the organisation's figures; null in a responder's view
 * @param services the services with any figure on the day or the 30 before; the workbook
 * has every service
 */
record DailyReportView(DailyReport report, List<MonitoringRow> monitoring, List<FigureRow> total,
		List<ServiceFigures> services, List<OverdueRow> openPastSla, List<MaintenanceRow> maintenance) {

	static DailyReportView of(DailyReport report) {
		List<MonitoringRow> monitoring = report.monitoring()
			.services()
			.stream()
			.map(s -> new MonitoringRow(s.service(), s.team(), s.tier(), s.samples(),
					FigureRow.precisePercent(s.uptimePercent()), FigureRow.number(s.meanResponseMs()),
					s.p95ResponseMs() == null ? "—" : s.p95ResponseMs().toString(),
					s.errorRate() == null ? "—" : FigureRow.precisePercent(s.errorRate() * 100), s.incidentsOpened(),
					s.p50ResponseMs() == null ? "—" : s.p50ResponseMs().toString(),
					s.degradedSeconds() == null || s.samples() == 0 ? "—"
							: s.degradedSeconds() == 0 ? "none"
									: Formats.fromSeconds(s.degradedSeconds().doubleValue())))
			.toList();
		List<FigureRow> total = report.evaluation().total() == null ? null : FigureRow.of(report.evaluation().total());
		List<ServiceFigures> services = report.evaluation()
			.services()
			.stream()
			.filter(s -> FigureRow.anything(s.figures()))
			.map(s -> new ServiceFigures(s.service(), s.team(), FigureRow.of(s.figures())))
			.toList();
		List<OverdueRow> overdue = report.learning()
			.openPastSla()
			.stream()
			.map(o -> new OverdueRow(o.incident(), o.service(), o.team(), o.title(), o.priority(), o.resolveDueAt(),
					Formats.fromSeconds(o.overdueSeconds())))
			.toList();
		List<MaintenanceRow> maintenance = MaintenanceRow.of(report.monitoring()
			.services()
			.stream()
			.map(s -> new MaintenanceRow.Of(s.service(), s.team(), s.maintenance()))
			.toList());
		return new DailyReportView(report, monitoring, total, services, overdue, maintenance);
	}

	record MonitoringRow(String service, String team, int tier, long samples, String uptime, String meanResponseMs,
			String p95ResponseMs, String errorRate, long incidentsOpened, String p50ResponseMs, String degraded) {
	}

	record ServiceFigures(String service, String team, List<FigureRow> figures) {
	}

	record OverdueRow(String incident, String service, String team, String title, String priority, Instant resolveDueAt,
			String overdue) {
	}

}
