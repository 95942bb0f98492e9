package dev.firebreak.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Timeline details as a tree; missing or unreadable details read as an empty object. */
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

}
