package dev.firebreak.probe.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.firebreak.probe.Expectation;
import dev.firebreak.probe.Probe;
import dev.firebreak.probe.ProbeKind;
import dev.firebreak.probe.ProbeMethod;
import dev.firebreak.probe.ProbeRequest;
import dev.firebreak.probe.RecordType;
import dev.firebreak.probe.Redirects;
import dev.firebreak.web.FormValues;

/**
 * The probe form's fields as text, both ways: what a person typed becomes a
 * {@link ProbeRequest} (numbers that are not numbers are named in {@code errors}), and a
 * stored probe becomes the values of its edit form. Headers are one "Name: value" per
 * line, as a person writes them.
 */
final class ProbeForm {

	private ProbeForm() {
	}

	static ProbeRequest request(ProbeKind kind, Map<String, String> values, Map<String, String> errors) {
		Map<String, String> headers = headers(values.get("headers"), errors);
		return new ProbeRequest(values.get("name"), kind, values.get("url"),
				FormValues.option(ProbeMethod.class, values.get("method"), "method", errors),
				integer(values, "intervalSeconds", errors), integer(values, "timeoutMs", errors), null, null,
				values.get("keyword"), integer(values, "failuresBeforeAlert", errors), values.get("service"),
				values.containsKey("paused") ? false : null, values.get("host"), integer(values, "port", errors),
				headers, values.get("body"), values.get("expectedStatuses"), values.get("jsonPath"),
				values.get("jsonExpected"),
				FormValues.option(Redirects.class, values.get("redirects"), "redirects", errors),
				integer(values, "degradedAboveMs", errors), integer(values, "degradedAfter", errors),
				FormValues.option(RecordType.class, values.get("recordType"), "recordType", errors),
				values.get("expectedValue"), values.get("dnsServer"), integer(values, "warnDays", errors),
				kind == ProbeKind.TLS ? values.containsKey("allowUntrusted") : null,
				integer(values, "graceSeconds", errors), values.get("dataSource"), values.get("query"),
				FormValues.option(Expectation.class, values.get("expectation"), "expectation", errors),
				longValue(values, "expectedMin", errors), longValue(values, "expectedMax", errors),
				values.get("compareUrl"));
	}

	/** A new probe's form: the defaults the service would take, shown. */
	static Map<String, String> defaults(ProbeKind kind) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("intervalSeconds", "60");
		values.put("timeoutMs", kind == ProbeKind.HEARTBEAT ? "" : "5000");
		values.put("failuresBeforeAlert", kind == ProbeKind.HEARTBEAT || kind == ProbeKind.DATA_INTEGRITY ? "1" : "3");
		values.put("method", "GET");
		values.put("expectedStatuses", "200-399");
		values.put("redirects", "NEVER");
		values.put("port", kind == ProbeKind.TLS ? "443" : "");
		values.put("recordType", "A");
		values.put("warnDays", "14");
		values.put("graceSeconds", "60");
		values.put("expectation", "ZERO_ROWS");
		values.put("degradedAfter", kind == ProbeKind.TLS ? "1" : "3");
		return values;
	}

	static Map<String, String> of(Probe probe) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", probe.name());
		values.put("service", probe.service());
		put(values, "intervalSeconds", probe.intervalSeconds());
		put(values, "timeoutMs", probe.timeoutMs());
		put(values, "failuresBeforeAlert", probe.failuresBeforeAlert());
		put(values, "url", probe.url());
		put(values, "method", probe.method());
		put(values, "expectedStatuses",
				probe.expectedStatuses() != null ? probe.expectedStatuses() : probe.expectedStatusMin() == null ? null
						: probe.expectedStatusMin() + "-" + probe.expectedStatusMax());
		put(values, "keyword", probe.keyword());
		put(values, "jsonPath", probe.jsonPath());
		put(values, "jsonExpected", probe.jsonExpected());
		put(values, "compareUrl", probe.compareUrl());
		put(values, "body", probe.body());
		put(values, "redirects", probe.redirects());
		if (probe.headers() != null) {
			StringBuilder text = new StringBuilder();
			probe.headers().forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
			values.put("headers", text.toString());
		}
		put(values, "degradedAboveMs", probe.degradedAboveMs());
		put(values, "degradedAfter", probe.degradedAfter());
		put(values, "host", probe.host());
		put(values, "port", probe.port());
		put(values, "recordType", probe.recordType());
		put(values, "expectedValue", probe.expectedValue());
		put(values, "dnsServer", probe.dnsServer());
		put(values, "warnDays", probe.warnDays());
		if (Boolean.TRUE.equals(probe.allowUntrusted())) {
			values.put("allowUntrusted", "on");
		}
		put(values, "graceSeconds", probe.graceSeconds());
		put(values, "dataSource", probe.dataSource());
		put(values, "query", probe.query());
		put(values, "expectation", probe.expectation());
		put(values, "expectedMin", probe.expectedMin());
		put(values, "expectedMax", probe.expectedMax());
		if (!probe.enabled()) {
			values.put("paused", "on");
		}
		return values;
	}

	private static void put(Map<String, String> values, String field, Object value) {
		if (value != null) {
			values.put(field, value.toString());
		}
	}

	private static Integer integer(Map<String, String> values, String field, Map<String, String> errors) {
		return FormValues.integer(values.get(field), field, errors);
	}

	private static Long longValue(Map<String, String> values, String field, Map<String, String> errors) {
		String value = values.get(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Please give a whole number.");
			return null;
		}
	}

	private static Map<String, String> headers(String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon < 1) {
				errors.put("headers", "each line must be a header as Name: value, such as Accept: application/json");
				return null;
			}
			headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
		}
		return headers;
	}

}
