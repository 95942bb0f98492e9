package dev.firebreak.report;

/**
 * What happened to one service (or to all) within one period, added up so that periods
 * and services can be combined before the figures are derived. Figures follow the
 * definitions of docs/api.md: each incident counts in the period its acknowledgement,
 * resolution or detection falls in.
 */
final class Tally {

	long opened;

	long acknowledged;

	long acknowledgedWithinSla;

	long millisToAcknowledge;

	long resolved;

	long resolvedWithinSla;

	long millisToResolve;

	long hotfixes;

	void opened() {
		opened++;
	}

	void acknowledged(IncidentFact incident) {
		acknowledged++;
		millisToAcknowledge += incident.millisToAcknowledge();
		if (incident.acknowledgedWithinSla()) {
			acknowledgedWithinSla++;
		}
	}

	void resolved(IncidentFact incident) {
		resolved++;
		millisToResolve += incident.millisToResolve();
		if (incident.resolvedWithinSla()) {
			resolvedWithinSla++;
		}
	}

	void hotfix() {
		hotfixes++;
	}

	void add(Tally other) {
		opened += other.opened;
		acknowledged += other.acknowledged;
		acknowledgedWithinSla += other.acknowledgedWithinSla;
		millisToAcknowledge += other.millisToAcknowledge;
		resolved += other.resolved;
		resolvedWithinSla += other.resolvedWithinSla;
		millisToResolve += other.millisToResolve;
		hotfixes += other.hotfixes;
	}

	/**
	 * Mean of (acknowledgedAt − detectedAt) in seconds; null when none was acknowledged.
	 */
	Double mttaSeconds() {
		return acknowledged == 0 ? null : millisToAcknowledge / 1000.0 / acknowledged;
	}

	/** Mean of (resolvedAt − detectedAt) in seconds; null when none was resolved. */
	Double mttrSeconds() {
		return resolved == 0 ? null : millisToResolve / 1000.0 / resolved;
	}

	/** Resolved within the resolve due time, per cent of resolved; null when none. */
	Double slaCompliancePercent() {
		return resolved == 0 ? null : resolvedWithinSla * 100.0 / resolved;
	}

	/**
	 * Acknowledged within the acknowledge due time, per cent of acknowledged; null when
	 * none.
	 */
	Double ackCompliancePercent() {
		return acknowledged == 0 ? null : acknowledgedWithinSla * 100.0 / acknowledged;
	}

}
