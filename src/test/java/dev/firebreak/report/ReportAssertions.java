package dev.firebreak.report;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reading report JSON in tests: rows of one service, numbers that may be null. */
final class ReportAssertions {

	private ReportAssertions() {
	}

	/** The one row of {@code service} in a list of report rows. */
	static JsonNode row(JsonNode rows, String service) {
		List<JsonNode> found = rows(rows, service);
		assertThat(found).as("rows of " + service).hasSize(1);
		return found.get(0);
	}

	static List<JsonNode> rows(JsonNode rows, String... services) {
		List<JsonNode> found = new ArrayList<>();
		rows.forEach(row -> {
			if (List.of(services).contains(row.get("service").asText())) {
				found.add(row);
			}
		});
		return found;
	}

	/** A number, or null; doubles compared to 1e-9. */
	static void number(JsonNode node, Double expected, String what) {
		if (expected == null) {
			assertThat(node == null || node.isNull()).as(what + " is null, not " + node).isTrue();
		}
		else {
			assertThat(node.isNumber()).as(what + " is a number: " + node).isTrue();
			assertThat(node.asDouble()).as(what).isCloseTo(expected, within(1e-9));
		}
	}

	static void text(JsonNode node, String expected, String what) {
		if (expected == null) {
			assertThat(node == null || node.isNull()).as(what + " is null, not " + node).isTrue();
		}
		else {
			assertThat(node.asText()).as(what).isEqualTo(expected);
		}
	}

	/**
	 * One evaluation figure: value, previous day, baseline, then the change and arrow
	 * against each.
	 */
	static void figure(JsonNode figure, String what, Double value, Double previousDay, Double baseline,
			Double changeFromPreviousDay, String arrowFromPreviousDay, Double changeFromBaseline,
			String arrowFromBaseline) {
		number(figure.get("value"), value, what + " value");
		number(figure.get("previousDay"), previousDay, what + " previous day");
		number(figure.get("baseline"), baseline, what + " baseline");
		number(figure.get("changeFromPreviousDayPercent"), changeFromPreviousDay, what + " change from previous day");
		text(figure.get("arrowFromPreviousDay"), arrowFromPreviousDay, what + " arrow from previous day");
		number(figure.get("changeFromBaselinePercent"), changeFromBaseline, what + " change from baseline");
		text(figure.get("arrowFromBaseline"), arrowFromBaseline, what + " arrow from baseline");
	}

}
