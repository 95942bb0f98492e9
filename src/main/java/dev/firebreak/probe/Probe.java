package dev.firebreak.probe;

import java.time.Instant;

/**
 * A live probe as stored and as the API shows it. It holds no secret and nothing
 * internal, so one record serves both.
 *
 * @param expectedStatusMin lowest status code that counts as up
 * @param expectedStatusMax highest status code that counts as up (redirects are not
 * followed, so 3xx answers are judged as they are)
 * @param keyword when set, an answer is up only if its body contains this text
 * @param failuresBeforeAlert consecutive failed checks that raise an alert
 * @param nextRunAt when the next check is due
 * @param alerting whether the probe's alert is raised and not yet resolved
 */
public record Probe(long id, String name, String url, ProbeMethod method, int intervalSeconds, int timeoutMs,
		int expectedStatusMin, int expectedStatusMax, String keyword, int failuresBeforeAlert, String service,
		boolean enabled, Instant createdAt, String createdBy, Instant nextRunAt, int consecutiveFailures,
		boolean alerting) {

	/**
	 * Intake's dedup key: stable for the probe's life, so repeats and recovery find its
	 * incident.
	 */
	String dedupKey() {
		return "probe-" + id;
	}

}
