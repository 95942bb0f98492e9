package dev.firebreak.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import dev.firebreak.report.ReportAudience.TeamRow;

/**
 * The SLA compliance report of a period, monthly by default: the evidence for contractual
 * uptime commitments. The weekly and quarterly reviews carry the same report of their
 * period. Computed when asked, never stored; shares in per cent, durations in seconds.
 *
 * @param month the month reported; null when the period is a week or a quarter
 * @param period the period's label: {@code 2026-03}, {@code 2026-W10}, {@code 2026-Q1}
 * @param cadence {@code WEEK}, {@code MONTH} or {@code QUARTER}
 * @param from the period's first instant in {@code zone}
 * @param to the end of the period, or the time of generation while the period runs
 * @param complete whether the period is over
 * @param priorities all services together, per priority; left out of a responder's view
 * @param teams the teams this view is limited to; null for the whole organisation
 * @param checkKinds availability by kind of check (HTTP, heartbeat, TCP, TLS, DNS, data
 * integrity) over the services of the view, kinds with samples only
 * @param userFeedback the status page survey's answers given in the month
 * @param maintenanceExcluded whether each service's target was measured outside its
 * maintenance windows only ({@code firebreak.reports.sla-excludes-maintenance})
 * @param changes the change failure rate of each service with changes in the period
 * @param waiting the incidents that waited on a third party or their reporter at some
 * moment of the period, their clocks standing still meanwhile; by incident number
 */
public record SlaReport(YearMonth month, String period, String cadence, String zone, Instant from, Instant to,
		boolean complete, Instant generatedAt, List<String> teams, List<ServiceSla> services,
		List<PriorityCompliance> priorities, List<Breach> breaches, List<KindAvailability> checkKinds,
		UserFeedback userFeedback, boolean maintenanceExcluded, List<ServiceChanges> changes, List<Waited> waiting) {

	/**
	 * A service's change failure rate in the period (services with changes only).
	 *
	 * @param changes changes reported in the period
	 * @param failedChanges of those, followed by an incident of the service within
	 * {@code windowHours}
	 * @param incidentsAfterChanges incidents that followed one or more of them
	 * @param failureRatePercent failed changes / changes × 100
	 */
	public record ServiceChanges(String service, String team, long changes, long failedChanges,
			long incidentsAfterChanges, Double failureRatePercent, double windowHours) implements TeamRow {
	}

	/**
	 * An incident that waited in the period, as sla's pauses have it.
	 *
	 * @param waits its waits that overlap the period
	 * @param waitedSeconds the part of those waits within the period; a wait still open
	 * counts up to the period's end
	 * @param reasons what it waited on ({@code THIRD_PARTY}, {@code REPORTER}), each once
	 * @param notes the notes the waits were started with, each once
	 * @param acknowledgeDueAt the acknowledge due time, moved by every wait; null without
	 * a target
	 * @param resolveDueAt the resolve due time, moved the same way
	 * @param waitingNow whether it still waited when the report was made: a running clock
	 * then has no due time yet, only the time it has left
	 */
	public record Waited(String incident, String service, String team, String priority, String title, int waits,
			double waitedSeconds, List<String> reasons, List<String> notes, Instant acknowledgeDueAt,
			Instant resolveDueAt, boolean waitingNow) implements TeamRow {
	}

	/**
	 * @param kind a probe kind, such as {@code HTTP} or {@code DATA_INTEGRITY}
	 * @param uptimePercent up samples / all samples × 100
	 */
	public record KindAvailability(String kind, long samples, Double uptimePercent) {
	}

	/**
	 * @param uptimeTargetPercent the service's target, 99.9 when it has none
	 * @param uptimePercent over every sample of the month, maintenance included
	 * @param targetMet SLA uptime ≥ target; null without samples it counts
	 * @param priorities P1 to P4, each always present
	 * @param maintenance the month's maintenance, with availability during and outside it
	 * @param slaUptimePercent the uptime held against the target: outside maintenance
	 * when the report excludes it, else the same as {@code uptimePercent}
	 */
	public record ServiceSla(String service, String team, int tier, double uptimeTargetPercent, long samples,
			Double uptimePercent, Boolean targetMet, List<PriorityCompliance> priorities, MaintenanceTime maintenance,
			Double slaUptimePercent) implements TeamRow {
	}

	/**
	 * @param acknowledged incidents whose acknowledge clock stopped in the month: someone
	 * acknowledged them, or monitoring reported recovery before anyone did (sla's rule)
	 * @param acknowledgedWithinSla of those, stopped by their acknowledge due time
	 * @param resolved incidents resolved in the month
	 * @param resolvedWithinSla of those, resolved by their resolve due time
	 */
	public record PriorityCompliance(String priority, long acknowledged, long acknowledgedWithinSla,
			Double ackCompliancePercent, long resolved, long resolvedWithinSla, Double resolveCompliancePercent) {
	}

	/**
	 * A clock that ran out within the month.
	 *
	 * @param clock {@code acknowledge} or {@code resolve}
	 * @param stoppedAt when the clock stopped (possibly after the month); null while it
	 * still runs
	 * @param lateSeconds from due to when it stopped, or to the time of generation
	 */
	public record Breach(String incident, String service, String team, String priority, String title, String clock,
			Instant dueAt, Instant stoppedAt, double lateSeconds) implements TeamRow {
	}

	SlaReport visibleTo(ReportAudience audience) {
		if (audience.everything()) {
			return this;
		}
		return new SlaReport(month, period, cadence, zone, from, to, complete, generatedAt, audience.scope(),
				audience.filter(services), null, audience.filter(breaches), checkKinds,
				userFeedback.visibleTo(audience), maintenanceExcluded, audience.filter(changes),
				audience.filter(waiting));
	}

}
