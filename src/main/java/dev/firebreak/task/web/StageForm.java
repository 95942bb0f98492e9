package dev.firebreak.task.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.incident.Stage;

/**
 * Turns a stage form's fields, as the browser posts them, into the JSON body the task
 * service reads for the API too, so that both doors check a form the same way. A blank
 * field is left out, so that the answer says "fill this in" rather than "wrong type".
 */
final class StageForm {

	static final Map<Stage, List<String>> FIELDS = Map.of(Stage.DIAGNOSIS, List.of("outcome", "findings"), Stage.HOTFIX,
			List.of("changeDescription", "reference", "deployedAt", "rollbackPlan", "testedInStaging"),
			Stage.VERIFICATION, List.of("checksRun", "passed", "evidence"), Stage.ROOT_CAUSE_ANALYSIS,
			List.of("rootCauseCategory", "fiveWhys", "contributingFactors", "preventiveActions"));

	private static final Set<String> BOOLEANS = Set.of("testedInStaging", "passed");

	private StageForm() {
	}

	static ObjectNode toJson(Stage stage, Map<String, String> values) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		for (String field : FIELDS.getOrDefault(stage, List.of())) {
			String value = values.get(field);
			if (value == null || value.isBlank()) {
				continue;
			}
			if (BOOLEANS.contains(field) && (value.equals("true") || value.equals("false"))) {
				body.put(field, Boolean.parseBoolean(value));
			}
			else if (field.equals("deployedAt")) {
				body.put(field, utcInstant(value.trim()));
			}
			else if (field.equals("fiveWhys")) {
				ArrayNode whys = body.putArray(field);
				Arrays.stream(value.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).forEach(whys::add);
			}
			else {
				body.put(field, value);
			}
		}
		return body;
	}

	/**
	 * The page asks for UTC (a {@code datetime-local} field has no zone); anything that
	 * is not such a value goes through as typed, for the form reader to refuse by name.
	 */
	private static String utcInstant(String local) {
		try {
			return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC).toString();
		}
		catch (DateTimeParseException ex) {
			return local;
		}
	}

}
