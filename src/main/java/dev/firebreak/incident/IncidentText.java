package dev.firebreak.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text as SQL on {@code fb_incident}: every word must appear somewhere, so that
 * "checkout 502" narrows as a person expects. A word matches the incident number
 * ({@code INC-000123}, {@code inc-123} or {@code 123}), or a part of the title,
 * description, service or alert labels, in any case. {@code lower(...) like} works the
 * same on H2 and MySQL whatever the column's collation; the incident tables stay small
 * enough (thousands, not millions) that no full-text index is needed.
 */
final class IncidentText {

	/** Longer input is refused before it gets here; words past this are ignored. */
	static final int MAX_WORDS = 8;

	private static final Pattern NUMBER = Pattern.compile("(?:inc-?)?0*(\\d{1,12})");

	private static final List<String> COLUMNS = List.of("title", "description", "service_name", "alert_labels");

	private IncidentText() {
	}

	/**
	 * @return {@code "(...) and (...)"}, one group per word, or null when there is no
	 * word
	 */
	static String condition(String text, Map<String, Object> params) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<String> words = Arrays.stream(text.trim().toLowerCase(Locale.ROOT).split("\\s+"))
			.limit(MAX_WORDS)
			.toList();
		StringJoiner all = new StringJoiner(" and ");
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			StringJoiner any = new StringJoiner(" or ", "(", ")");
			Matcher number = NUMBER.matcher(word);
			if (number.matches() && number.group(1).length() <= 12) {
				any.add("id = :textId" + i);
				params.put("textId" + i, Long.parseLong(number.group(1)));
			}
			for (String column : COLUMNS) {
				any.add("lower(" + column + ") like :text" + i + " escape '!'");
			}
			params.put("text" + i, "%" + escaped(word) + "%");
			all.add(any.toString());
		}
		return all.toString();
	}

	/** {@code like} wildcards in the words are meant literally. */
	private static String escaped(String word) {
		return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
