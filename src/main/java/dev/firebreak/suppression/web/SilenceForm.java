package dev.firebreak.suppression.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.firebreak.suppression.Matcher;
import dev.firebreak.suppression.SilenceRequest;
import dev.firebreak.web.FormValues;

/**
 * The silence form's matcher rows ({@code matcher-0-name}, {@code -operator},
 * {@code -value}, ...) and its times: a start (blank for now) and a duration such as
 * {@code 2h} or {@code 1d 12h}, as Alertmanager's form has them. Blank rows are left out.
 */
record SilenceForm(List<Row> rows) {

	/** At most this many matcher rows are read. */
	static final int MAX_ROWS = 30;

	record Row(String name, String operator, String value) {

		boolean blank() {
			return (name == null || name.isBlank()) && (value == null || value.isBlank());
		}

	}

	static SilenceForm read(Map<String, String> values) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS && values.containsKey("matcher-" + i + "-name"); i++) {
			rows.add(new Row(values.get("matcher-" + i + "-name"), values.get("matcher-" + i + "-operator"),
					values.get("matcher-" + i + "-value")));
		}
		return new SilenceForm(rows);
	}

	static SilenceForm withSpareRows(List<Row> rows, int spare) {
		return new SilenceForm(rows).withSpareRows(spare);
	}

	SilenceForm withSpareRows(int spare) {
		List<Row> kept = new ArrayList<>(rows.stream().filter(row -> !row.blank()).toList());
		for (int i = 0; i < spare; i++) {
			kept.add(new Row("", Matcher.Operator.EQUAL.name(), ""));
		}
		return new SilenceForm(kept);
	}

	/**
	 * The request the form stands for. Matcher rows are renumbered without the blank
	 * ones, so the service's {@code matchers[i]} is the i-th filled row:
	 * {@link PageRules} numbers them back to the page's rows.
	 */
	SilenceRequest request(Map<String, String> values, Instant now, Map<String, String> errors) {
		List<Matcher> matchers = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (!row.blank()) {
				matchers.add(new Matcher(row.name() == null ? "" : row.name().strip(),
						FormValues.option(Matcher.Operator.class, row.operator(), "matcher-" + i, errors),
						row.value() == null ? "" : row.value()));
			}
		}
		Instant startsAt = PageRules.instant(values.get("startsAt"), "startsAt", errors);
		Instant from = startsAt == null ? now : startsAt;
		Instant endsAt = PageRules.duration(values.get("duration"), "duration", errors).map(from::plus).orElse(null);
		return new SilenceRequest(matchers, startsAt, endsAt, values.get("comment"),
				blankToNull(values.get("incident")),
				"on".equals(values.get("confirmCatchAll")) || "true".equals(values.get("confirmCatchAll")));
	}

	/** The page's row of the i-th filled matcher. */
	int rowOf(int matcher) {
		int seen = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).blank() && ++seen == matcher) {
				return i;
			}
		}
		return matcher;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
