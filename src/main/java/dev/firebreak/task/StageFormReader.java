package dev.firebreak.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.firebreak.incident.Stage;
import dev.firebreak.incident.StageReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Reads a task's completion body as its stage's {@link StageReport}, collecting every
 * problem so that the answer names all fields to fix at once.
 */
@Component
class StageFormReader {

	private final ObjectMapper json;

	private final Validator validator;

	StageFormReader(ObjectMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	StageReport read(Stage stage, JsonNode body) {
		// the task's stage picks the type: the body carries no type field of its own
		Class<? extends StageReport> type = StageReport.typeFor(stage);
		if (body == null || !body.isObject()) {
			throw new InvalidFormException(label(stage), List.of(error("(body)", "must be a JSON object")));
		}
		StageReport form;
		try {
			form = json.treeToValue(body, type);
		}
		catch (MismatchedInputException ex) {
			throw new InvalidFormException(label(stage), List.of(error(path(ex), message(ex))));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new InvalidFormException(label(stage), List.of(error("(body)", "cannot be read")));
		}
		List<Map<String, String>> errors = new ArrayList<>();
		for (ConstraintViolation<StageReport> violation : validator.validate(form)) {
			errors.add(error(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparing(e -> e.get("field")));
			throw new InvalidFormException(label(stage), errors);
		}
		return form;
	}

	private static String label(Stage stage) {
		return stage.name().toLowerCase().replace('_', ' ');
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static String path(MismatchedInputException ex) {
		StringBuilder path = new StringBuilder();
		ex.getPath().forEach(reference -> {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		});
		return path.isEmpty() ? "(body)" : path.toString();
	}

	private static String message(MismatchedInputException ex) {
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
			return "must be one of " + List.of(invalid.getTargetType().getEnumConstants());
		}
		return "has the wrong type";
	}

}
