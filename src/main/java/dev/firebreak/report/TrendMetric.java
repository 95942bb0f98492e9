package dev.firebreak.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The metrics a trend can show; uptime comes from probe samples, not from tallies. */
enum TrendMetric {

	MTTA("seconds", Tally::mttaSeconds, t -> t.acknowledged), MTTR("seconds", Tally::mttrSeconds, t -> t.resolved),
	INCIDENTS("count", t -> (double) t.opened, t -> t.opened), UPTIME("percent", null, null),
	SLA("percent", Tally::slaCompliancePercent, t -> t.resolved);

	final String unit;

	final Function<Tally, Double> value;

	final ToLongFunction<Tally> count;

	TrendMetric(String unit, Function<Tally, Double> value, ToLongFunction<Tally> count) {
		this.unit = unit;
		this.value = value;
		this.count = count;
	}

	String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	static TrendMetric of(String text) {
		return Arrays.stream(values())
			.filter(metric -> metric.parameter().equals(text))
			.findFirst()
			.orElseThrow(() -> new InvalidReportRequestException("metric", "must be one of " + names()));
	}

	static String names() {
		return String.join(", ", Arrays.stream(values()).map(TrendMetric::parameter).toList());
	}

}
