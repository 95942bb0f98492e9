package dev.firebreak.probe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins of heartbeats: a job calls its secret address when it succeeds, and may also
 * say when it starts (so its run time is recorded) and when it fails (down at once, which
 * raises the alert after {@code failuresBeforeAlert} such reports). A success or a
 * failure both count as a check-in: the next is due a period and the grace later. A late
 * check-in after a miss is up, and resolves the alert the miss raised.
 */
@Service
class Heartbeats {

	/** What a job reports. */
	enum Signal {

		SUCCESS, START, FAIL

	}

	private final ProbeRepository probes;

	private final ProbeResults results;

	private final Clock clock;

	Heartbeats(ProbeRepository probes, ProbeResults results, Clock clock) {
		this.probes = probes;
		this.results = results;
		this.clock = clock;
	}

	/**
	 * @param message what a failing job says about it, if anything
	 * @throws NotFoundException for a secret no live heartbeat has
	 */
	@Transactional
	void checkIn(String token, Signal signal, String message) {
		if (token == null || !token.matches("[0-9a-f]{16,64}")) {
			throw NotFoundException.heartbeat();
		}
		long id = probes.findHeartbeat(Probes.hash(token)).orElseThrow(NotFoundException::heartbeat).id();
		Probe probe = probes.lockLive(id).orElseThrow(NotFoundException::heartbeat);
		if (!probe.enabled()) {
			return; // paused: the job may go on calling; nothing is recorded
		}
		Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		if (signal == Signal.START) {
			probes.runStarted(id, at);
			return;
		}
		Long duration = probe.runStartedAt() == null ? null : Duration.between(probe.runStartedAt(), at).toMillis();
		String ran = duration == null ? "" : " after a run of " + duration + " ms";
		CheckResult result = signal == Signal.SUCCESS
				? new CheckResult(CheckStatus.UP, null, null, null, "checked in" + ran, duration, null)
				: new CheckResult(CheckStatus.DOWN, null, null,
						"the job reported a failure" + ran
								+ (message == null || message.isBlank() ? "" : ": " + message.strip()),
						null, duration, null);
		probes.checkedIn(probe, at);
		results.record(probe, at, result);
	}

}
