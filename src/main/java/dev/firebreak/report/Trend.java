package dev.firebreak.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A metric over consecutive periods, for dashboards and for comparing periods.
 *
 * @param from first day, included
 * @param to last day, included
 * @param unit {@code seconds}, {@code percent} or {@code count}
 * @param teams the teams this view is limited to; null for the whole organisation
 */
public record Trend(String metric, String by, LocalDate from, LocalDate to, String zone, String unit,
		List<String> teams, List<Point> points) {

	/**
	 * @param period {@code 2026-03-02}, {@code 2026-W10} or {@code 2026-03}
	 * @param from first day of the period within the trend, included
	 * @param to last day of the period within the trend, included
	 * @param value null when there is nothing to measure (no incident acknowledged: no
	 * MTTA)
	 * @param count what the value is computed from: incidents acknowledged (mtta),
	 * resolved (mttr, sla), opened (incidents), or probe samples (uptime)
	 */
	public record Point(String period, LocalDate from, LocalDate to, Double value, long count) {
	}

}
