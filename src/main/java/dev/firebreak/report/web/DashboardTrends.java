package dev.firebreak.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.report.Trend;
import dev.firebreak.report.Trend.Point;

/**
 * The dashboard's trends, from the report feature: mean time to acknowledge and to
 * resolve per week, and incidents opened and resolved per day. Each chart has the same
 * figures as a table, so that nobody needs the picture (or its colours) to read them.
 *
 * @param weeks oldest first
 * @param days oldest first
 */
record DashboardTrends(List<Week> weeks, List<Day> days) {

	/**
	 * @param mtta {@code mtta} by week
	 * @param mttr {@code mttr} by week
	 * @param opened {@code incidents} by day
	 * @param resolved {@code mttr} by day: its count is the number resolved
	 */
	static DashboardTrends of(Trend mtta, Trend mttr, Trend opened, Trend resolved) {
		List<Week> weeks = new ArrayList<>();
		for (int i = 0; i < mtta.points().size(); i++) {
			Point a = mtta.points().get(i);
			Point r = mttr.points().get(i);
			weeks.add(new Week(a.period(), a.from().toString(), a.to().toString(), a.value(), a.count(), r.value(),
					r.count()));
		}
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < opened.points().size(); i++) {
			days.add(new Day(opened.points().get(i).period(), opened.points().get(i).count(),
					resolved.points().get(i).count()));
		}
		return new DashboardTrends(weeks, days);
	}

	/** MTTA per week in minutes, for Chart.js; an empty week is a gap, not a zero. */
	Map<String, Object> mttaChart() {
		return chart("line", weeks.stream().map(Week::period).toList(),
				dataset("MTTA (minutes)", weeks.stream().map(week -> rounded(week.mttaSeconds(), 60)).toList()));
	}

	/** MTTR per week in hours. */
	Map<String, Object> mttrChart() {
		return chart("line", weeks.stream().map(Week::period).toList(),
				dataset("MTTR (hours)", weeks.stream().map(week -> rounded(week.mttrSeconds(), 3600)).toList()));
	}

	Map<String, Object> flowChart() {
		return chart("bar", days.stream().map(Day::day).toList(),
				dataset("Opened", days.stream().map(Day::opened).toList()),
				dataset("Resolved", days.stream().map(Day::resolved).toList()));
	}

	private static Map<String, Object> chart(String type, List<String> labels, Map<?, ?>... datasets) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("labels", labels);
		chart.put("datasets", List.of(datasets));
		return chart;
	}

	private static Map<String, Object> dataset(String label, List<?> data) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", label);
		dataset.put("data", data);
		return dataset;
	}

	/** Seconds in the chart's unit, to one decimal. */
	private static Double rounded(Double seconds, int unit) {
		return seconds == null ? null : Math.round(seconds * 10.0 / unit) / 10.0;
	}

	/**
	 * One ISO week (cut to the range at its ends).
	 *
	 * @param acknowledged how many incidents were acknowledged in the week: the MTTA is
	 * their mean
	 * @param resolved how many were resolved: the MTTR is their mean
	 */
	record Week(String period, String from, String to, Double mttaSeconds, long acknowledged, Double mttrSeconds,
			long resolved) {
	}

	record Day(String day, long opened, long resolved) {
	}

}
