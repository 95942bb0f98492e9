package dev.firebreak.report;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaState;

/**
 * What happened to one service (or to all) within one period, added up so that periods
 * and services can be combined before the figures are derived. Figures follow the
 * definitions of docs/api.md: each incident counts in the period its acknowledgement,
 * resolution or detection falls in; compliance follows the incident's SLA clocks
 * ({@link SlaState}), the same rule the incident page shows.
 */
final class Tally {

	long opened;

	/** Acknowledged by someone: what MTTA is the mean over. */
	long acknowledged;

	long millisToAcknowledge;

	/** Acknowledge clocks that stopped: what acknowledge compliance is the share of. */
	long acknowledgeClocks;

	long acknowledgedWithinSla;

	long resolved;

	long resolvedWithinSla;

	long millisToResolve;

	long hotfixes;

	/**
	 * What an incident adds to tallies, each part at the instant it happened; {@code at}
	 * applies a change to the tally of that instant (a day's, a month's), if any.
	 * <p>
	 * The acknowledge clock counts where {@link SlaState} stopped it: at acknowledgement,
	 * or at a recovery reported before anyone acknowledged. An incident that nobody
	 * acknowledged and that was cancelled has no clock to count: nobody had to act.
	 */
	static void count(IncidentRecord incident, SlaState sla, BiConsumer<Instant, Consumer<Tally>> at) {
		at.accept(incident.detectedAt(), Tally::opened);
		at.accept(incident.acknowledgedAt(), tally -> tally.acknowledged(incident));
		if (incident.acknowledgedAt() != null || incident.status() != IncidentStatus.CANCELLED) {
			at.accept(sla.acknowledge().stoppedAt(), tally -> tally.acknowledgeClock(sla.acknowledge()));
		}
		at.accept(incident.resolvedAt(), tally -> tally.resolved(incident, sla.resolve()));
	}

	void opened() {
		opened++;
	}

	private void acknowledged(IncidentRecord incident) {
		acknowledged++;
		millisToAcknowledge += Duration.between(incident.acknowledgeClockStart(), incident.acknowledgedAt()).toMillis();
	}

	private void acknowledgeClock(SlaCountdown clock) {
		acknowledgeClocks++;
		if (clock.met()) {
			acknowledgedWithinSla++;
		}
	}

	private void resolved(IncidentRecord incident, SlaCountdown clock) {
		resolved++;
		millisToResolve += Duration.between(incident.detectedAt(), incident.resolvedAt()).toMillis();
		if (clock.met()) {
			resolvedWithinSla++;
		}
	}

	void hotfix() {
		hotfixes++;
	}

	void add(Tally other) {
		opened += other.opened;
		acknowledged += other.acknowledged;
		millisToAcknowledge += other.millisToAcknowledge;
		acknowledgeClocks += other.acknowledgeClocks;
		acknowledgedWithinSla += other.acknowledgedWithinSla;
		resolved += other.resolved;
		resolvedWithinSla += other.resolvedWithinSla;
		millisToResolve += other.millisToResolve;
		hotfixes += other.hotfixes;
	}

	/**
	 * Mean time to acknowledge in seconds, from the first page (or detection); null when
	 * none was acknowledged.
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
	 * Acknowledge clocks stopped within their due time, per cent of those stopped; null
	 * when none.
	 */
	Double ackCompliancePercent() {
		return acknowledgeClocks == 0 ? null : acknowledgedWithinSla * 100.0 / acknowledgeClocks;
	}

}
