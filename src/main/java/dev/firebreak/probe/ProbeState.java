package dev.firebreak.probe;

import java.time.Instant;

/**
 * A probe's alerting state after a check.
 *
 * @param alertSentAt when the down alert was last sent to intake
 */
record ProbeState(int consecutiveFailures, boolean alerting, int consecutiveDegraded, boolean degradedAlerting,
		Instant alertSentAt, CheckStatus lastStatus, Instant lastCheckedAt) {

	static ProbeState of(Probe probe) {
		return new ProbeState(probe.consecutiveFailures(), probe.alerting(), probe.consecutiveDegraded(),
				probe.degradedAlerting(), probe.alertSentAt(), probe.lastStatus(), probe.lastCheckedAt());
	}

}
