package dev.firebreak.probe;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Severity;
import dev.firebreak.intake.IntakeService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one check's result in a short transaction, after the check itself ran outside
 * any: the sample, the failure and degraded counts, and when an alert state flips, the
 * alert or its recovery into the intake inbox. All of it commits together, so the probe's
 * alert flags and what intake was told cannot disagree.
 * <p>
 * Every kind goes through here. Down raises the probe's alert (severity HIGH, dedup key
 * {@code probe-{id}}) after {@code failuresBeforeAlert} failed checks in a row; degraded
 * (slow, or a certificate near its expiry) raises a second, lower-severity alert (LOW,
 * {@code probe-{id}-degraded}) after {@code degradedAfter} in a row. One alert per probe
 * and state, however many samples fail: intake opens one incident per dedup key. While
 * down, the alert is sent again every {@code repeatAlertEvery}, which intake counts as a
 * repeat of the open incident, or, if a maintenance window or silence swallowed the first
 * one, opens the incident once they are over.
 */
@Component
class ProbeResults {

	private final ProbeRepository probes;

	private final SampleRepository samples;

	private final IntakeService intake;

	private final ProbeProperties properties;

	private final ObjectMapper json;

	ProbeResults(ProbeRepository probes, SampleRepository samples, IntakeService intake, ProbeProperties properties,
			ObjectMapper json) {
		this.probes = probes;
		this.samples = samples;
		this.intake = intake;
		this.properties = properties;
		this.json = json;
	}

	/**
	 * Does nothing for a probe deleted while its check ran. Settings are read again under
	 * the row lock, so a change made during the check counts.
	 */
	@Transactional
	void record(long probeId, Instant at, CheckResult result) {
		probes.lockLive(probeId).ifPresent(probe -> record(probe, at, result));
	}

	/**
	 * A heartbeat's missed check-in, unless one arrived since the runner saw it due (the
	 * check-in moved its next due time past {@code at}).
	 */
	@Transactional
	void recordMissedHeartbeat(long probeId, Instant at) {
		probes.lockLive(probeId).ifPresent(probe -> {
			Instant lastSeen = probe.lastPingAt() != null ? probe.lastPingAt() : probe.createdAt();
			Instant due = lastSeen.plusSeconds(probe.intervalSeconds() + (long) probe.graceSeconds());
			if (due.isAfter(at)) {
				return;
			}
			String since = probe.lastPingAt() == null ? "no check-in since it was created at " + probe.createdAt()
					: "no check-in since " + probe.lastPingAt();
			record(probe, at,
					CheckResult.of(CheckStatus.DOWN, null,
							since + " (expected every " + probe.intervalSeconds() + " s, grace " + probe.graceSeconds()
									+ " s)",
							probe.runStartedAt() == null ? null
									: "a run started at " + probe.runStartedAt() + " has not ended"));
		});
	}

	/** For a caller that already holds the probe's row lock (a heartbeat's check-in). */
	void record(Probe probe, Instant at, CheckResult result) {
		samples.insert(probe.id(), at, result);
		int failures = probe.consecutiveFailures();
		boolean alerting = probe.alerting();
		int degraded = probe.consecutiveDegraded();
		boolean degradedAlerting = probe.degradedAlerting();
		Instant alertSentAt = probe.alertSentAt();
		switch (result.status()) {
			case DOWN -> {
				failures++;
				if (!alerting && failures >= probe.failuresBeforeAlert()) {
					sendDown(probe, at, result, failures);
					alerting = true;
					alertSentAt = at;
				}
				else if (alerting
						&& (alertSentAt == null || !alertSentAt.plus(properties.repeatAlertEvery()).isAfter(at))) {
					sendDown(probe, at, result, failures);
					alertSentAt = at;
				}
			}
			case DEGRADED, UP -> {
				failures = 0;
				if (alerting) {
					send(false, probe.dedupKey(), Severity.HIGH, probe.name() + " is up again", probe.target() + " "
							+ (result.status() == CheckStatus.UP ? "is up" : "answers, degraded") + again(result),
							probe, at, result, failures);
					alerting = false;
				}
			}
		}
		if (result.status() == CheckStatus.DEGRADED) {
			degraded++;
			int threshold = probe.degradedAfter() == null ? 1 : probe.degradedAfter();
			if (!degradedAlerting && degraded >= threshold) {
				send(true, probe.degradedDedupKey(), Severity.LOW, probe.name() + " is degraded",
						probe.target() + " was degraded " + degraded + " checks in a row. Last: " + result.error() + "."
								+ (result.detail() == null ? "" : " " + result.detail()),
						probe, at, result, failures);
				degradedAlerting = true;
			}
		}
		else if (result.status() == CheckStatus.UP) {
			degraded = 0;
			if (degradedAlerting) {
				send(false, probe.degradedDedupKey(), Severity.LOW, probe.name() + " is no longer degraded",
						probe.target() + " is up" + again(result), probe, at, result, failures);
				degradedAlerting = false;
			}
		}
		probes.saveState(probe.id(),
				new ProbeState(failures, alerting, degraded, degradedAlerting, alertSentAt, result.status(), at));
	}

	private void sendDown(Probe probe, Instant at, CheckResult result, int failures) {
		StringBuilder description = new StringBuilder(probe.target()).append(" failed ")
			.append(failures)
			.append(failures == 1 ? " check" : " checks in a row")
			.append(". Last: ")
			.append(result.error())
			.append('.');
		if (result.detail() != null) {
			description.append(' ').append(result.detail());
		}
		if (result.evidence() != null) {
			description.append("\n\nEvidence (the rows the query returned, at most ")
				.append(properties.maxEvidenceRows())
				.append("):\n")
				.append(EvidenceText.of(readEvidence(result.evidence())));
		}
		send(true, probe.dedupKey(), Severity.HIGH, probe.name() + " is down", description.toString(), probe, at,
				result, failures);
	}

	private static String again(CheckResult result) {
		StringBuilder text = new StringBuilder();
		if (result.statusCode() != null) {
			text.append(": answered ").append(result.statusCode());
		}
		if (result.responseMs() != null) {
			text.append(result.statusCode() == null ? ": answered" : "")
				.append(" in ")
				.append(result.responseMs())
				.append(" ms");
		}
		if (result.durationMs() != null) {
			text.append(": the run took ").append(result.durationMs()).append(" ms");
		}
		return text.append('.').toString();
	}

	private void send(boolean failing, String dedupKey, Severity severity, String title, String description,
			Probe probe, Instant at, CheckResult result, int failures) {
		intake.submitProbeResult(failing, dedupKey, title, description, severity, probe.service(),
				payload(probe, at, result, failures));
	}

	private String payload(Probe probe, Instant at, CheckResult result, int failures) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("probeId", probe.id());
		payload.put("name", probe.name());
		payload.put("kind", probe.kind());
		payload.put("target", probe.target());
		if (probe.kind() == ProbeKind.HTTP) {
			payload.put("method", probe.method());
			payload.put("url", probe.url());
		}
		payload.put("at", at.toString());
		payload.put("up", result.up());
		payload.put("status", result.status());
		payload.put("statusCode", result.statusCode());
		payload.put("responseMs", result.responseMs());
		payload.put("error", result.error());
		payload.put("detail", result.detail());
		if (result.evidence() != null) {
			payload.put("evidence", readEvidence(result.evidence()));
		}
		payload.put("consecutiveFailures", failures);
		try {
			return json.writeValueAsString(payload);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A map of plain values always serialises", ex);
		}
	}

	private JsonNode readEvidence(String evidence) {
		try {
			return json.readTree(evidence);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Evidence is JSON the data-integrity check wrote", ex);
		}
	}

}
