package dev.firebreak.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Timeline details as a tree, or as the record they were written from; missing or
 * unreadable details read as an empty object (no record).
 */
final class Json {

	private Json() {
	}

	static JsonNode read(ObjectMapper json, String text) {
		if (text == null) {
			return json.createObjectNode();
		}
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			return json.createObjectNode();
		}
	}

	static <T> T read(ObjectMapper json, String text, Class<T> type) {
		if (text == null) {
			return null;
		}
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

}
