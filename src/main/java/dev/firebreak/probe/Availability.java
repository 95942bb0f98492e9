package dev.firebreak.probe;

import java.time.Instant;

/**
 * A service's availability over {@code [from, to)}, from the samples of its probes
 * (including probes deleted since). Every figure is null when there are no samples; the
 * response-time figures also when no sample has a response time.
 *
 * @param uptimePercent up samples / all samples × 100
 * @param meanResponseMs mean over samples that have a response time
 * @param p95ResponseMs nearest rank: the ⌈0.95 × n⌉-th smallest of the n response times
 * @param errorRate down samples / all samples, between 0 and 1
 * @param p50ResponseMs nearest rank: the ⌈0.5 × n⌉-th smallest (the median)
 * @param degradedSeconds each degraded sample counts its probe's interval, the time it
 * stood for until the next check; a service's probes add up
 */
public record Availability(String service, Instant from, Instant to, long samples, Double uptimePercent,
		Double meanResponseMs, Integer p95ResponseMs, Double errorRate, Integer p50ResponseMs, Long degradedSeconds) {
}
