package dev.firebreak.probe;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Severity;
import dev.firebreak.intake.IntakeService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one check's result in a short transaction, after the check itself ran outside
 * any: the sample, the failure count, and when the alert state flips, the alert or its
 * recovery into the intake inbox. All of it commits together, so the probe's
 * {@code alerting} flag and what intake was told cannot disagree.
 */
@Component
class ProbeResults {

	private final ProbeRepository probes;

	private final SampleRepository samples;

	private final IntakeService intake;

	private final ObjectMapper json;

	ProbeResults(ProbeRepository probes, SampleRepository samples, IntakeService intake, ObjectMapper json) {
		this.probes = probes;
		this.samples = samples;
		this.intake = intake;
		this.json = json;
	}

	/**
	 * Does nothing for a probe deleted while its check ran. Settings are read again under
	 * the row lock, so a change made during the check counts.
	 */
	@Transactional
	void record(long probeId, Instant at, CheckResult result) {
		Probe probe = probes.lockLive(probeId).orElse(null);
		if (probe == null) {
			return;
		}
		samples.insert(probeId, at, result);
		int failures = result.up() ? 0 : probe.consecutiveFailures() + 1;
		boolean alerting = probe.alerting();
		if (!result.up() && !alerting && failures >= probe.failuresBeforeAlert()) {
			intake.submitProbeResult(true, probe.dedupKey(), probe.name() + " is down",
					downDescription(probe, failures, result), Severity.HIGH, probe.service(),
					payload(probe, at, result, failures));
			alerting = true;
		}
		else if (result.up() && alerting) {
			intake.submitProbeResult(false, probe.dedupKey(), probe.name() + " is up again",
					probe.method() + " " + probe.url() + " answered " + result.statusCode() + " in "
							+ result.responseMs() + " ms.",
					Severity.HIGH, probe.service(), payload(probe, at, result, failures));
			alerting = false;
		}
		probes.saveState(probeId, failures, alerting);
	}

	private static String downDescription(Probe probe, int failures, CheckResult result) {
		return probe.method() + " " + probe.url() + " failed " + failures + " checks in a row. Last: " + result.error()
				+ ".";
	}

	private String payload(Probe probe, Instant at, CheckResult result, int failures) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("probeId", probe.id());
		payload.put("name", probe.name());
		payload.put("method", probe.method());
		payload.put("url", probe.url());
		payload.put("at", at.toString());
		payload.put("up", result.up());
		payload.put("statusCode", result.statusCode());
		payload.put("responseMs", result.responseMs());
		payload.put("error", result.error());
		payload.put("consecutiveFailures", failures);
		try {
			return json.writeValueAsString(payload);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A map of plain values always serialises", ex);
		}
	}

}
