package dev.firebreak.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON paths an HTTP probe may assert: {@code $} followed by member names
 * ({@code .status}, {@code ['odd name']}) and array indexes ({@code [0]}), such as
 * {@code $.checks[0].status}. No wildcards or filters: one path names one value.
 */
final class JsonPaths {

	private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$-]*)|\\['([^']*)'\\]|\\[(\\d+)\\]");

	private JsonPaths() {
	}

	/** The steps of the path, each a member name (String) or an index (Integer). */
	static List<Object> parse(String path) {
		if (!path.startsWith("$")) {
			throw new IllegalArgumentException("must start with $, such as $.status or $.checks[0].ok");
		}
		List<Object> steps = new ArrayList<>();
		Matcher matcher = STEP.matcher(path);
		int at = 1;
		while (at < path.length()) {
			if (!matcher.find(at) || matcher.start() != at) {
				throw new IllegalArgumentException("cannot read the path from position " + at
						+ ": use .name, ['name'] and [index] steps, such as $.checks[0].ok");
			}
			if (matcher.group(3) != null) {
				steps.add(Integer.valueOf(matcher.group(3)));
			}
			else {
				steps.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
			}
			at = matcher.end();
		}
		return steps;
	}

	static Optional<JsonNode> find(JsonNode root, String path) {
		JsonNode node = root;
		for (Object step : parse(path)) {
			node = step instanceof Integer index ? node.get(index) : node.get((String) step);
			if (node == null) {
				return Optional.empty();
			}
		}
		return Optional.of(node);
	}

	/** A value as compared with the expected text: strings unquoted, the rest as JSON. */
	static String text(JsonNode value) {
		return value.isValueNode() ? value.asText() : value.toString();
	}

}
