package dev.firebreak.export.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The issue log's filters as typed into the search form. They are kept as typed, so that
 * a form with a mistake comes back as it was, and read by the incident search's reader
 * into the export's filters, so that the list and the workbook hold the same incidents.
 * Days are the reader's own, in their time zone, as on every page.
 */
record IssueLogFilters(Map<String, String> values) {

	private static final List<String> NAMES = List.of("q", "service", "team", "priority", "status", "from", "to");

	static IssueLogFilters of(Map<String, String> sent) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : NAMES) {
			String value = sent.get(name);
			values.put(name, value == null || value.isBlank() ? null : value.trim());
		}
		return new IssueLogFilters(values);
	}

	/** The search page of these filters: a stable address to paste into a chat. */
	String link(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/issue-log");
		values.forEach((name, value) -> {
			if (value != null) {
				link.queryParam(name, value);
			}
		});
		if (page > 0) {
			link.queryParam("page", page);
		}
		return link.encode().build().toUriString();
	}

}
