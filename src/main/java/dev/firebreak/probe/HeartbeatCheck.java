package dev.firebreak.probe;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * A heartbeat is pushed, so Firebreak has nothing to call: "test now" says whether the
 * job checked in on time, from the last check-in and the clock. The runner records a
 * missed check-in through {@link ProbeResults#recordMissedHeartbeat} instead.
 */
@Component
class HeartbeatCheck implements KindCheck {

	private final Clock clock;

	HeartbeatCheck(Clock clock) {
		this.clock = clock;
	}

	@Override
	public ProbeKind kind() {
		return ProbeKind.HEARTBEAT;
	}

	@Override
	public CheckResult run(Probe probe) {
		Instant now = clock.instant();
		Instant lastSeen = probe.lastPingAt() != null ? probe.lastPingAt() : probe.createdAt();
		Instant due = lastSeen.plusSeconds(probe.intervalSeconds() + (long) probe.graceSeconds());
		String last = probe.lastPingAt() == null ? "no check-in yet" : "last check-in at " + probe.lastPingAt();
		String run = probe.runStartedAt() == null ? "" : "; a run started at " + probe.runStartedAt();
		if (now.isBefore(due)) {
			return CheckResult.of(CheckStatus.UP, null, null, last + "; the next is due by " + due + run);
		}
		return CheckResult.of(CheckStatus.DOWN, null, last + "; one was due by " + due,
				run.isEmpty() ? null : run.substring(2));
	}

}
