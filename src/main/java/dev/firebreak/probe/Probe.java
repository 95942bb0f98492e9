package dev.firebreak.probe;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A live probe as stored and as the API shows it. Settings its kind does not use are
 * null. It holds no secret: a heartbeat's ping secret is stored as a hash and shown once
 * ({@link CreatedProbe}), and a data-integrity check names its data source, whose URL and
 * credentials stay in the configuration.
 *
 * @param expectedStatusMin lowest status code that counts as up
 * @param expectedStatusMax highest status code that counts as up (redirects are not
 * followed unless {@code redirects} says so)
 * @param keyword when set, an answer is up only if its body contains this text
 * @param failuresBeforeAlert consecutive failed checks that raise an alert
 * @param nextRunAt when the next check is due; for a heartbeat, when a missing check-in
 * counts as down
 * @param alerting whether the probe's down alert is raised and not yet resolved
 * @param degradedAlerting whether its degraded alert is raised and not yet resolved
 * @param pingTokenHint the first characters of a heartbeat's secret, to tell which one a
 * job uses
 * @param lastStatus the last check's status; null before the first
 * @param compareUrl HTTP: a second endpoint whose value at {@code jsonPath} must equal
 * the first's (an integration check); null for a plain check
 */
public record Probe(long id, String name, ProbeKind kind, String service, boolean enabled, int intervalSeconds,
		Integer timeoutMs, int failuresBeforeAlert, Integer degradedAfter, String url, ProbeMethod method,
		Integer expectedStatusMin, Integer expectedStatusMax, String expectedStatuses, String keyword, String jsonPath,
		String jsonExpected, Map<String, String> headers, String body, Redirects redirects, Integer degradedAboveMs,
		String host, Integer port, RecordType recordType, String expectedValue, String dnsServer, Integer warnDays,
		Boolean allowUntrusted, Integer graceSeconds, String pingTokenHint, Instant lastPingAt, Instant runStartedAt,
		String dataSource, String query, Expectation expectation, Long expectedMin, Long expectedMax, Instant createdAt,
		String createdBy, Instant nextRunAt, int consecutiveFailures, boolean alerting, int consecutiveDegraded,
		boolean degradedAlerting, CheckStatus lastStatus, Instant lastCheckedAt, @JsonIgnore Instant alertSentAt,
		String compareUrl) {

	/**
	 * Intake's dedup key of the down alert: stable for the probe's life, so repeats and
	 * recovery find its incident.
	 */
	String dedupKey() {
		return "probe-" + id;
	}

	/** The degraded alert's key: an incident of its own, apart from down. */
	String degradedDedupKey() {
		return "probe-" + id + "-degraded";
	}

	/** What the probe checks, in a few words, for alert texts and pages. */
	public String target() {
		return switch (kind) {
			case HTTP -> method + " " + url + (compareUrl == null ? "" : " compared with " + compareUrl);
			case HEARTBEAT -> "heartbeat every " + intervalSeconds + " s (grace " + graceSeconds + " s)";
			case TCP -> "TCP " + host + ":" + port;
			case TLS -> "TLS certificate of " + host + ":" + port;
			case DNS -> "DNS " + recordType + " " + host + (dnsServer == null ? "" : " @" + dnsServer);
			case DATA_INTEGRITY -> "query on " + dataSource + " (" + expectation + ")";
		};
	}

}
