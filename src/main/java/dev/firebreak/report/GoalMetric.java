package dev.firebreak.report;

/** What an improvement goal measures for one service, and which way is better. */
public enum GoalMetric {

	/** Mean time to resolve, from detection, over incidents resolved in the period. */
	MTTR_MINUTES(true, "MTTR", "min"),
	/** Mean time to acknowledge, over incidents acknowledged in the period. */
	MTTA_MINUTES(true, "MTTA", "min"),
	/** Incidents detected per 7 days of the period. */
	INCIDENTS_PER_WEEK(true, "incidents per week", ""),
	/** 95th percentile response time of the service's probes. */
	P95_RESPONSE_MS(true, "p95 response time", "ms"),
	/** Up samples of the service's probes, per cent. */
	UPTIME_PERCENT(false, "uptime", "%"),
	/** Incidents resolved within their resolve due time, per cent of those resolved. */
	RESOLVE_COMPLIANCE_PERCENT(false, "resolve SLA compliance", "%");

	private final boolean lowerIsBetter;

	private final String words;

	private final String unit;

	GoalMetric(boolean lowerIsBetter, String words, String unit) {
		this.lowerIsBetter = lowerIsBetter;
		this.words = words;
		this.unit = unit;
	}

	public boolean lowerIsBetter() {
		return lowerIsBetter;
	}

	/** In a few words, for sentences: "MTTR", "p95 response time". */
	public String words() {
		return words;
	}

	public String unit() {
		return unit;
	}

	boolean percent() {
		return "%".equals(unit);
	}

	/** Whether {@code value} reaches {@code target}. */
	boolean meets(double value, double target) {
		return lowerIsBetter ? value <= target : value >= target;
	}

}
