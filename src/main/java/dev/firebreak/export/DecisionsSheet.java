package dev.firebreak.export;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.TimelineRecord;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every prioritisation decision (PRIORITISED timeline entries) with the inputs the rules
 * saw and what they decided. Inputs the table does not know yet go to "Other inputs" as
 * JSON, so nothing is dropped when the decision table grows.
 */
final class DecisionsSheet {

	static final String NAME = "Decisions";

	private static final Set<String> KNOWN_INPUTS = Set.of("severity", "serviceTier", "impact");

	static final List<Column> COLUMNS = List.of(new Column("Time", 20), new Column("Incident", 12),
			new Column("Actor", 12), new Column("Decision", 20), new Column("Version", 8), new Column("Severity", 10),
			new Column("Service tier", 8), new Column("Impact", 9), new Column("Other inputs", 30),
			new Column("Priority", 9), new Column("Acknowledge within", 12), new Column("Resolve within", 12),
			new Column("RCA required", 9), new Column("Acknowledge due", 20), new Column("Resolve due", 20));

	private final IssueLogSheetWriter sheet;

	private final ObjectMapper json;

	DecisionsSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles, ObjectMapper json) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
		this.json = json;
	}

	void write(TimelineRecord entry) {
		JsonNode details = Json.read(json, entry.details());
		JsonNode inputs = details.path("inputs");
		JsonNode outputs = details.path("outputs");
		ObjectNode others = json.createObjectNode();
		for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> input = it.next();
			if (!KNOWN_INPUTS.contains(input.getKey())) {
				others.set(input.getKey(), input.getValue());
			}
		}
		sheet.row()
			.time(entry.at())
			.text(Incident.number(entry.incidentId()))
			.text(entry.actor())
			.text(IncidentFacts.text(details, "decision"))
			.number(details.path("decisionVersion").isNumber() ? details.path("decisionVersion").asLong() : null)
			.text(IncidentFacts.text(inputs, "severity"))
			.number(inputs.path("serviceTier").canConvertToLong() ? inputs.path("serviceTier").asLong() : null)
			.text(IncidentFacts.text(inputs, "impact"))
			.text(others.isEmpty() ? null : others.toString())
			.text(IncidentFacts.text(outputs, "priority"))
			.duration(duration(IncidentFacts.text(outputs, "acknowledgeWithin")))
			.duration(duration(IncidentFacts.text(outputs, "resolveWithin")))
			.text(IncidentFacts.text(outputs, "rcaRequired"))
			.time(instant(IncidentFacts.text(details, "acknowledgeDue")))
			.time(instant(IncidentFacts.text(details, "resolveDue")));
	}

	private static Duration duration(String iso) {
		try {
			return iso == null ? null : Duration.parse(iso);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Instant instant(String iso) {
		try {
			return iso == null ? null : Instant.parse(iso);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
