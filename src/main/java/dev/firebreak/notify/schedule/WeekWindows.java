package dev.firebreak.notify.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Restriction windows as seconds of a week, where overlaps are plain arithmetic. */
final class WeekWindows {

	private static final int DAY = 86_400;

	private static final int WEEK = 7 * DAY;

	private WeekWindows() {
	}

	static boolean overlap(Restriction a, Restriction b) {
		for (int[] x : spans(a)) {
			for (int[] y : spans(b)) {
				if (x[0] < y[1] && y[0] < x[1]) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<int[]> spans(Restriction restriction) {
		Set<DayOfWeek> days = restriction.days().isEmpty() ? Set.of(DayOfWeek.values()) : restriction.days();
		int from = restriction.from().toSecondOfDay();
		int to = restriction.to().toSecondOfDay();
		int length = restriction.overnight() ? DAY - from + to : to - from;
		List<int[]> spans = new ArrayList<>();
		for (DayOfWeek day : days) {
			int start = (day.getValue() - 1) * DAY + from;
			int end = start + length;
			if (end <= WEEK) {
				spans.add(new int[] { start, end });
			}
			else {
				// Sunday night runs into Monday morning
				spans.add(new int[] { start, WEEK });
				spans.add(new int[] { 0, end - WEEK });
			}
		}
		return spans;
	}

}
