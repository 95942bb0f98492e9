package dev.firebreak.task.web;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.incident.Stage;
import dev.firebreak.incident.StageReport;
import dev.firebreak.web.Formats;

/**
 * Turns a stage form's fields, as the browser posts them, into the JSON body the task
 * service reads for the API too, so that both doors check a form the same way. The fields
 * are the components of the stage's {@link StageReport}, and each one's type says how its
 * text is read. A blank field is left out, so that the answer says "fill this in" rather
 * than "wrong type".
 */
final class StageForm {

	private StageForm() {
	}

	static ObjectNode toJson(Stage stage, Map<String, String> values) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		for (RecordComponent field : StageReport.typeFor(stage).getRecordComponents()) {
			String name = field.getName();
			String value = values.get(name);
			if (value == null || value.isBlank()) {
				continue;
			}
			Class<?> type = field.getType();
			if (type == Boolean.class && (value.equals("true") || value.equals("false"))) {
				body.put(name, Boolean.parseBoolean(value));
			}
			else if (type == Instant.class) {
				body.put(name, utcInstant(value.trim()));
			}
			else if (type == List.class) {
				// a list is typed one item per line (the five whys)
				ArrayNode items = body.putArray(name);
				Arrays.stream(value.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).forEach(items::add);
			}
			else {
				body.put(name, value);
			}
		}
		return body;
	}

	/**
	 * A {@code datetime-local} field has no zone: it is read in the reader's (web's
	 * {@code Formats}); anything that is not such a value goes through as typed, for the
	 * form reader to refuse by name.
	 */
	private static String utcInstant(String local) {
		try {
			return Formats.readField(local).toString();
		}
		catch (DateTimeParseException ex) {
			return local;
		}
	}

}
