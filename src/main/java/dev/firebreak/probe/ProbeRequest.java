package dev.firebreak.probe;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to create or replace a probe of any kind. Missing optional fields
 * take their defaults, and fields the kind does not use are dropped, so that a probe read
 * back from the API can be sent again as it is. {@link ProbeValidator} checks the
 * annotations, what each kind requires and the rules between fields in one go.
 *
 * @param kind HTTP unless given
 * @param url HTTP: http:// or https:// only
 * @param method HTTP: GET unless given
 * @param intervalSeconds 60 unless given; for a heartbeat, the period the job checks in
 * @param timeoutMs 5000 unless given; shorter than the interval; heartbeats have none
 * @param expectedStatusMin HTTP: 200 unless given
 * @param expectedStatusMax HTTP: 399 unless given
 * @param keyword HTTP: blank means none
 * @param failuresBeforeAlert 3 unless given (1 for heartbeats and data-integrity checks)
 * @param service must be in the catalogue
 * @param enabled true unless given
 * @param host TCP and TLS: the host to connect to; DNS: the name to look up
 * @param port TCP: required; TLS: 443 unless given
 * @param headers HTTP: request headers
 * @param body HTTP: the request body of a POST, PUT or PATCH
 * @param expectedStatuses HTTP: statuses that count as up, such as "200-299,301"; when
 * given, expectedStatusMin and expectedStatusMax are not used
 * @param jsonPath HTTP: a path such as {@code $.status} or {@code $.checks[0].ok} that
 * the JSON body must hold
 * @param jsonExpected HTTP: the value at jsonPath must equal this (as text)
 * @param redirects HTTP: NEVER unless given
 * @param degradedAboveMs HTTP, TCP and DNS: slower answers count as degraded
 * @param degradedAfter degraded checks in a row that raise the lower-severity alert; 3
 * unless given (1 for TLS)
 * @param recordType DNS: A unless given
 * @param expectedValue DNS: an answer must equal it; DATA_INTEGRITY: the value for
 * VALUE_EQUALS
 * @param dnsServer DNS: the server to ask, host or host:port; the system's resolvers
 * unless given
 * @param warnDays TLS: a certificate expiring within this many days is degraded; 14
 * unless given
 * @param allowUntrusted TLS: whether a chain the JVM does not trust (self-signed) is
 * accepted; false unless given
 * @param graceSeconds HEARTBEAT: how late a check-in may be; 60 unless given
 * @param dataSource DATA_INTEGRITY: the name of a configured data source
 * @param query DATA_INTEGRITY: one SELECT
 * @param expectation DATA_INTEGRITY: ZERO_ROWS unless given
 * @param expectedMin DATA_INTEGRITY: the least rows for ROW_COUNT_BETWEEN
 * @param expectedMax DATA_INTEGRITY: the most rows for ROW_COUNT_BETWEEN
 * @param compareUrl HTTP: a second endpoint, asked the same way, whose value at jsonPath
 * must equal the first's (an integration check, such as a record count in two systems);
 * needs jsonPath
 */
public record ProbeRequest(@NotBlank @Size(max = 100) String name, ProbeKind kind, @Size(max = 2000) String url,
		ProbeMethod method, @Min(10) @Max(604800) Integer intervalSeconds, @Min(100) @Max(60000) Integer timeoutMs,
		@Min(100) @Max(599) Integer expectedStatusMin, @Min(100) @Max(599) Integer expectedStatusMax,
		@Size(max = 200) String keyword, @Min(1) @Max(100) Integer failuresBeforeAlert,
		@NotBlank @Size(max = 100) String service, Boolean enabled, @Size(max = 253) String host,
		@Min(1) @Max(65535) Integer port, @Size(max = 20) Map<String, String> headers, @Size(max = 10000) String body,
		@Size(max = 200) String expectedStatuses, @Size(max = 200) String jsonPath,
		@Size(max = 500) String jsonExpected, Redirects redirects, @Min(1) @Max(60000) Integer degradedAboveMs,
		@Min(1) @Max(100) Integer degradedAfter, RecordType recordType, @Size(max = 500) String expectedValue,
		@Size(max = 260) String dnsServer, @Min(1) @Max(365) Integer warnDays, Boolean allowUntrusted,
		@Min(0) @Max(604800) Integer graceSeconds, @Size(max = 100) String dataSource, @Size(max = 4000) String query,
		Expectation expectation, @Min(0) Long expectedMin, @Min(0) Long expectedMax,
		@Size(max = 2000) String compareUrl) {

	public ProbeRequest {
		kind = kind == null ? ProbeKind.HTTP : kind;
		intervalSeconds = intervalSeconds == null ? 60 : intervalSeconds;
		failuresBeforeAlert = failuresBeforeAlert == null
				? (kind == ProbeKind.HEARTBEAT || kind == ProbeKind.DATA_INTEGRITY ? 1 : 3) : failuresBeforeAlert;
		enabled = enabled == null || enabled;
		timeoutMs = !kind.polled() ? null : timeoutMs == null ? 5000 : timeoutMs;
		boolean http = kind == ProbeKind.HTTP;
		url = !http || url == null ? null : url.trim();
		compareUrl = !http || blank(compareUrl) ? null : compareUrl.trim();
		method = !http ? null : method == null ? ProbeMethod.GET : method;
		expectedStatusMin = !http ? null : expectedStatusMin == null ? 200 : expectedStatusMin;
		expectedStatusMax = !http ? null : expectedStatusMax == null ? 399 : expectedStatusMax;
		keyword = !http || blank(keyword) ? null : keyword;
		headers = !http || headers == null || headers.isEmpty() ? null : Map.copyOf(headers);
		body = !http || blank(body) ? null : body;
		expectedStatuses = !http || blank(expectedStatuses) ? null : expectedStatuses.replace(" ", "");
		jsonPath = !http || blank(jsonPath) ? null : jsonPath.trim();
		jsonExpected = !http || jsonPath == null || jsonExpected == null || jsonExpected.isEmpty() ? null
				: jsonExpected;
		redirects = !http ? null : redirects == null ? Redirects.NEVER : redirects;
		boolean timed = http || kind == ProbeKind.TCP || kind == ProbeKind.DNS;
		degradedAboveMs = timed ? degradedAboveMs : null;
		degradedAfter = !(timed || kind == ProbeKind.TLS) ? null
				: degradedAfter != null ? degradedAfter : kind == ProbeKind.TLS ? 1 : 3;
		boolean connects = kind == ProbeKind.TCP || kind == ProbeKind.TLS || kind == ProbeKind.DNS;
		host = !connects || blank(host) ? null : host.trim();
		port = kind == ProbeKind.TCP ? port : kind == ProbeKind.TLS ? (port == null ? 443 : port) : null;
		boolean dns = kind == ProbeKind.DNS;
		recordType = !dns ? null : recordType == null ? RecordType.A : recordType;
		dnsServer = !dns || blank(dnsServer) ? null : dnsServer.trim();
		boolean tls = kind == ProbeKind.TLS;
		warnDays = !tls ? null : warnDays == null ? 14 : warnDays;
		allowUntrusted = tls ? allowUntrusted != null && allowUntrusted : null;
		graceSeconds = kind != ProbeKind.HEARTBEAT ? null : graceSeconds == null ? 60 : graceSeconds;
		boolean data = kind == ProbeKind.DATA_INTEGRITY;
		dataSource = !data || blank(dataSource) ? null : dataSource.trim();
		query = !data || blank(query) ? null : query.trim();
		expectation = !data ? null : expectation == null ? Expectation.ZERO_ROWS : expectation;
		boolean counted = expectation == Expectation.ROW_COUNT_BETWEEN;
		expectedMin = counted ? expectedMin : null;
		expectedMax = counted ? expectedMax : null;
		expectedValue = dns || expectation == Expectation.VALUE_EQUALS
				? (expectedValue == null || expectedValue.isEmpty() ? null : expectedValue) : null;
	}

	/** An HTTP probe with the settings HTTP probes have always had. */
	public ProbeRequest(String name, String url, ProbeMethod method, Integer intervalSeconds, Integer timeoutMs,
			Integer expectedStatusMin, Integer expectedStatusMax, String keyword, Integer failuresBeforeAlert,
			String service, Boolean enabled) {
		this(name, ProbeKind.HTTP, url, method, intervalSeconds, timeoutMs, expectedStatusMin, expectedStatusMax,
				keyword, failuresBeforeAlert, service, enabled, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
