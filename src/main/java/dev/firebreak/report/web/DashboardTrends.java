package dev.firebreak.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.firebreak.report.Trend;
import dev.firebreak.report.Trend.Point;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's trends, from the report feature: mean time to acknowledge and to
 * resolve per week (or day), and incidents opened and resolved per day (or week). Each
 * chart has the same figures as a table, so that nobody needs the picture (or its
 * colours) to read them; each point and figure leads to the incidents behind it.
 *
 * @param weeks oldest first (days when the range is short)
 * @param days oldest first (weeks when the range is long)
 * @param team the team the figures are of, null for all, kept in the drill-down links
 */
record DashboardTrends(String bucket, List<Week> weeks, String flowBucket, List<Day> days, String team) {

	/**
	 * @param mtta {@code mtta} by week
	 * @param mttr {@code mttr} by week
	 * @param opened {@code incidents} by day
	 * @param resolved {@code mttr} by day: its count is the number resolved
	 */
	static DashboardTrends of(Trend mtta, Trend mttr, Trend opened, Trend resolved, String team) {
		List<Week> weeks = new ArrayList<>();
		for (int i = 0; i < mtta.points().size(); i++) {
			Point a = mtta.points().get(i);
			Point r = mttr.points().get(i);
			weeks.add(new Week(a.period(), a.from().toString(), a.to().toString(), a.value(), a.count(), r.value(),
					r.count()));
		}
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < opened.points().size(); i++) {
			Point o = opened.points().get(i);
			days.add(new Day(o.period(), o.from().toString(), o.to().toString(), o.count(),
					resolved.points().get(i).count()));
		}
		return new DashboardTrends(mtta.by(), weeks, opened.by(), days, team);
	}

	/** MTTA per period in the unit its largest value reads best in; a gap where none. */
	Map<String, Object> mttaChart() {
		return timeChart("MTTA", weeks.stream().map(Week::mttaSeconds).toList(),
				weeks.stream().map(week -> link("acknowledged", week.from(), week.to())).toList());
	}

	Map<String, Object> mttrChart() {
		return timeChart("MTTR", weeks.stream().map(Week::mttrSeconds).toList(),
				weeks.stream().map(week -> link("resolved", week.from(), week.to())).toList());
	}

	Map<String, Object> flowChart() {
		Map<String, Object> chart = chart("bar", days.stream().map(Day::day).toList(), periodTitle(flowBucket),
				"incidents", dataset("Opened", days.stream().map(Day::opened).toList()),
				dataset("Resolved", days.stream().map(Day::resolved).toList()));
		chart.put("links", List.of(days.stream().map(day -> link("opened", day.from(), day.to())).toList(),
				days.stream().map(day -> link("resolved", day.from(), day.to())).toList()));
		return chart;
	}

	/** The unit the MTTA chart's axis counts in, for its label. */
	public String mttaUnit() {
		return TimeUnit.fitting(weeks.stream().map(Week::mttaSeconds).toList()).words;
	}

	public String mttrUnit() {
		return TimeUnit.fitting(weeks.stream().map(Week::mttrSeconds).toList()).words;
	}

	public String periodWord() {
		return "week".equals(bucket) ? "week" : "day";
	}

	public String flowPeriodWord() {
		return "week".equals(flowBucket) ? "week" : "day";
	}

	/** The incidents behind one figure: those it counts. */
	public String link(String kind, String from, String to) {
		return UriComponentsBuilder.fromPath("/dashboard/incidents")
			.queryParam("kind", kind)
			.queryParam("from", from)
			.queryParam("to", to)
			.queryParamIfPresent("team", java.util.Optional.ofNullable(team))
			.build()
			.encode()
			.toUriString();
	}

	private Map<String, Object> timeChart(String metric, List<Double> seconds, List<String> links) {
		TimeUnit unit = TimeUnit.fitting(seconds);
		Map<String, Object> chart = chart("line", weeks.stream().map(Week::period).toList(), periodTitle(bucket),
				unit.words,
				dataset(metric + " (" + unit.words + ")", seconds.stream().map(value -> unit.of(value)).toList()));
		chart.put("links", List.of(links));
		return chart;
	}

	private static String periodTitle(String bucket) {
		return "week".equals(bucket) ? "Week" : "Day";
	}

	private static Map<String, Object> chart(String type, List<String> labels, String xTitle, String yTitle,
			Map<?, ?>... datasets) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("labels", labels);
		chart.put("xTitle", xTitle);
		chart.put("yTitle", yTitle);
		chart.put("datasets", List.of(datasets));
		return chart;
	}

	private static Map<String, Object> dataset(String label, List<?> data) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", label);
		dataset.put("data", data);
		return dataset;
	}

	/**
	 * Minutes, hours or days: the largest that keeps the biggest value at two or more, so
	 * that an axis of a few minutes is not drawn in fractions of an hour.
	 */
	enum TimeUnit {

		MINUTES("minutes", 60), HOURS("hours", 3600), DAYS("days", 86400);

		final String words;

		final int seconds;

		TimeUnit(String words, int seconds) {
			this.words = words;
			this.seconds = seconds;
		}

		static TimeUnit fitting(List<Double> values) {
			double max = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
			if (max >= 2 * DAYS.seconds) {
				return DAYS;
			}
			return max >= 2 * HOURS.seconds ? HOURS : MINUTES;
		}

		/** Seconds in this unit, to one decimal. */
		Double of(Double value) {
			return value == null ? null : Math.round(value * 10.0 / seconds) / 10.0;
		}

	}

	/**
	 * One ISO week or one day (cut to the range at its ends).
	 *
	 * @param acknowledged how many incidents were acknowledged in the week: the MTTA is
	 * their mean
	 * @param resolved how many were resolved: the MTTR is their mean
	 */
	record Week(String period, String from, String to, Double mttaSeconds, long acknowledged, Double mttrSeconds,
			long resolved) {
	}

	/** One day or one week. */
	record Day(String day, String from, String to, long opened, long resolved) {
	}

}
