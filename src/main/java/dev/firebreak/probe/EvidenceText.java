package dev.firebreak.probe;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A data-integrity check's rows as plain text for the incident's description: a header
 * line of column names and one line per row, values separated by " | ".
 */
final class EvidenceText {

	private EvidenceText() {
	}

	static String of(JsonNode evidence) {
		StringBuilder text = new StringBuilder();
		text.append(join(evidence.path("columns"))).append('\n');
		for (JsonNode row : evidence.path("rows")) {
			text.append(join(row)).append('\n');
		}
		if (evidence.path("more").asBoolean()) {
			text.append("… and more rows (").append(evidence.path("rowCount").asText()).append(" read in all)\n");
		}
		return text.toString();
	}

	private static String join(JsonNode values) {
		List<String> parts = new ArrayList<>();
		values.forEach(value -> parts.add(value.isNull() ? "NULL" : value.asText()));
		return String.join(" | ", parts);
	}

}
