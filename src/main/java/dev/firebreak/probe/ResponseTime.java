package dev.firebreak.probe;

/**
 * A probe's response times over a period against its threshold.
 *
 * @param thresholdMs the probe's {@code degradedAboveMs}: slower answers count as
 * degraded
 * @param timedSamples samples that have a response time
 * @param p95ResponseMs nearest rank: the ⌈0.95 × n⌉-th smallest; null without samples
 */
public record ResponseTime(long probeId, String probe, String service, int thresholdMs, long timedSamples,
		Integer p95ResponseMs) {
}
