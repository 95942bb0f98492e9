package dev.firebreak.report.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.firebreak.report.SlaReport;
import dev.firebreak.report.SlaReport.PriorityCompliance;
import dev.firebreak.web.Formats;

/**
 * The monthly SLA compliance report as its page shows it.
 *
 * @param priorities compliance of all services together; null in a responder's view
 * @param compliance per service, the priorities with incidents acknowledged or resolved
 * in the month; services without any are left out (the workbook has them)
 */
record SlaReportView(SlaReport report, List<UptimeRow> uptime, List<ComplianceRow> priorities,
		List<ServiceCompliance> compliance, List<BreachRow> breaches, List<KindRow> checkKinds,
		List<MaintenanceRow> maintenance, List<ChangeRow> changes, List<WaitingRow> waiting) {

	private static final Map<String, String> KIND_NAMES = Map.of("HTTP", "HTTP", "HEARTBEAT", "Heartbeat", "TCP", "TCP",
			"TLS", "TLS certificate", "DNS", "DNS", "DATA_INTEGRITY", "Data integrity");

	static SlaReportView of(SlaReport report) {
		List<UptimeRow> uptime = report.services()
			.stream()
			.map(s -> new UptimeRow(s.service(), s.team(), s.tier(), FigureRow.precisePercent(s.uptimeTargetPercent()),
					s.samples(), FigureRow.precisePercent(s.uptimePercent()),
					FigureRow.precisePercent(s.slaUptimePercent()),
					s.targetMet() == null ? "No samples" : s.targetMet() ? "Met" : "Missed"))
			.toList();
		List<ComplianceRow> priorities = report.priorities() == null ? null
				: report.priorities().stream().map(SlaReportView::row).toList();
		List<ServiceCompliance> compliance = report.services()
			.stream()
			.map(s -> new ServiceCompliance(s.service(), s.team(), rows(s.priorities())))
			.filter(s -> !s.rows().isEmpty())
			.toList();
		List<BreachRow> breaches = report.breaches()
			.stream()
			.map(b -> new BreachRow(b.incident(), b.service(), b.team(), b.priority(), b.title(), b.clock(), b.dueAt(),
					b.stoppedAt(), Formats.fromSeconds(b.lateSeconds())))
			.toList();
		List<KindRow> kinds = report.checkKinds() == null ? List.of()
				: report.checkKinds()
					.stream()
					.map(k -> new KindRow(k.kind(), KIND_NAMES.getOrDefault(k.kind(), k.kind()), k.samples(),
							FigureRow.precisePercent(k.uptimePercent())))
					.toList();
		List<MaintenanceRow> maintenance = MaintenanceRow.of(report.services()
			.stream()
			.map(s -> new MaintenanceRow.Of(s.service(), s.team(), s.maintenance()))
			.toList());
		List<ChangeRow> changes = report.changes()
			.stream()
			.map(c -> new ChangeRow(c.service(), c.team(), c.changes(), c.failedChanges(), c.incidentsAfterChanges(),
					FigureRow.percent(c.failureRatePercent())))
			.toList();
		List<WaitingRow> waiting = report.waiting()
			.stream()
			.map(w -> new WaitingRow(w.incident(), w.service(), w.team(), w.priority(), w.title(), w.waits(),
					Formats.fromSeconds(w.waitedSeconds()), w.reasons(), String.join("; ", w.notes()),
					w.acknowledgeDueAt(), w.resolveDueAt(), w.waitingNow()))
			.toList();
		return new SlaReportView(report, uptime, priorities, compliance, breaches, kinds, maintenance, changes,
				waiting);
	}

	/** The priorities that had anything acknowledged or resolved. */
	private static List<ComplianceRow> rows(List<PriorityCompliance> priorities) {
		return priorities.stream()
			.filter(p -> p.acknowledged() > 0 || p.resolved() > 0)
			.map(SlaReportView::row)
			.toList();
	}

	private static ComplianceRow row(PriorityCompliance p) {
		return new ComplianceRow(p.priority(), p.acknowledged(), p.acknowledgedWithinSla(),
				FigureRow.percent(p.ackCompliancePercent()), p.resolved(), p.resolvedWithinSla(),
				FigureRow.percent(p.resolveCompliancePercent()));
	}

	record ChangeRow(String service, String team, long changes, long failedChanges, long incidentsAfterChanges,
			String failureRate) {
	}

	/**
	 * An incident that waited, its clocks paused; {@code waited} within the period. A due
	 * time is null without a target, or while it still waits (the clock has time left, no
	 * due time yet).
	 */
	record WaitingRow(String incident, String service, String team, String priority, String title, int waits,
			String waited, List<String> reasons, String notes, Instant acknowledgeDueAt, Instant resolveDueAt,
			boolean waitingNow) {
	}

	record KindRow(String kind, String name, long samples, String uptime) {
	}

	/**
	 * @param slaUptime the uptime held against the target (outside maintenance when the
	 * report excludes it)
	 */
	record UptimeRow(String service, String team, int tier, String target, long samples, String uptime,
			String slaUptime, String targetMet) {
	}

	record ComplianceRow(String priority, long acknowledged, long acknowledgedWithinSla, String ackCompliance,
			long resolved, long resolvedWithinSla, String resolveCompliance) {
	}

	record ServiceCompliance(String service, String team, List<ComplianceRow> rows) {
	}

	record BreachRow(String incident, String service, String team, String priority, String title, String clock,
			Instant dueAt, Instant stoppedAt, String late) {
	}

}
