package dev.firebreak.report;

/**
 * One evaluation figure of the day with its comparisons. A change is
 * {@code (value − reference) / reference × 100}; null when either is missing or the
 * reference is 0. An arrow says which way the value moved: ↑ higher, ↓ lower, → equal;
 * null when either is missing. Arrows show direction, not whether it is good (a higher
 * MTTR is ↑).
 *
 * @param value the figure of the report day; null when there is nothing to measure (no
 * incident acknowledged: no MTTA)
 * @param previousDay the figure of the day before
 * @param baseline the mean daily figure over the 30 days before the report day
 */
public record Figure(Double value, Double previousDay, Double baseline, Double changeFromPreviousDayPercent,
		String arrowFromPreviousDay, Double changeFromBaselinePercent, String arrowFromBaseline) {

	static Figure of(Double value, Double previousDay, Double baseline) {
		return new Figure(value, previousDay, baseline, change(value, previousDay), arrow(value, previousDay),
				change(value, baseline), arrow(value, baseline));
	}

	static Double change(Double value, Double reference) {
		if (value == null || reference == null || reference == 0) {
			return null;
		}
		return (value - reference) * 100 / reference;
	}

	static String arrow(Double value, Double reference) {
		if (value == null || reference == null) {
			return null;
		}
		int direction = Double.compare(value, reference);
		return direction > 0 ? "↑" : direction < 0 ? "↓" : "→";
	}

}
