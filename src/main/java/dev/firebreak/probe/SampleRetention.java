package dev.firebreak.probe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import dev.firebreak.cluster.ClusterLock;
import dev.firebreak.probe.RollupRepository.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps probe samples from growing without end while the availability figures stay what
 * they were: on one node of the cluster ({@code probe-retention} lease), raw samples past
 * {@code firebreak.probes.sample-retention} become one roll-up per probe and hour, and
 * hourly roll-ups past {@code hourly-retention} one per probe and UTC day. Each batch (a
 * few hours of one probe, or one day of hourly rows) writes its roll-ups and deletes what
 * they replace in one short transaction, so no moment sees both or neither.
 */
@Component
class SampleRetention {

	private static final Logger log = LoggerFactory.getLogger(SampleRetention.class);

	static final String LEASE = "probe-retention";

	/** Renewed after every batch, so it only has to outlast one. */
	private static final Duration LEASE_TIME = Duration.ofMinutes(10);

	/** One run stops after rolling up this many samples; the next run goes on. */
	static final int MAX_SAMPLES_PER_RUN = 500_000;

	private final RollupRepository rollups;

	private final ClusterLock lock;

	private final ProbeProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SampleRetention(RollupRepository rollups, ClusterLock lock, ProbeProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.rollups = rollups;
		this.lock = lock;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${firebreak.probes.retention-sweep-interval:15m}",
			initialDelayString = "${firebreak.probes.retention-sweep-interval:15m}")
	void runOnOneNode() {
		if (lock.tryAcquire(LEASE, LEASE_TIME)) {
			Outcome outcome = run(() -> lock.tryAcquire(LEASE, LEASE_TIME));
			if (outcome.samples() > 0 || outcome.hours() > 0) {
				log.info(
						"Rolled up {} probe sample(s) older than {} into hours and {} hourly roll-up(s) older than {}"
								+ " into days",
						outcome.samples(), properties.sampleRetention(), outcome.hours(), properties.hourlyRetention());
			}
		}
	}

	/** One run, as if this node held the lease throughout. */
	Outcome run() {
		return run(() -> true);
	}

	/**
	 * @param stillHolding asked after each batch; false stops the run (another node took
	 * the lease over)
	 */
	private Outcome run(BooleanSupplier stillHolding) {
		Instant now = clock.instant();
		Instant samplesBefore = now.minus(properties.sampleRetention()).truncatedTo(ChronoUnit.HOURS);
		Instant hoursBefore = now.minus(properties.hourlyRetention()).truncatedTo(ChronoUnit.DAYS);
		Duration batch = Duration.ofHours(properties.retentionBatchHours());
		long samples = 0;
		long hours = 0;
		for (long probe : rollups.probeIds()) {
			Instant oldest;
			while (samples < MAX_SAMPLES_PER_RUN && (oldest = rollups.oldestSample(probe)) != null
					&& oldest.isBefore(samplesBefore)) {
				Instant from = oldest.truncatedTo(ChronoUnit.HOURS);
				Instant to = earlier(from.plus(batch), samplesBefore);
				long rolled = inTransaction(() -> rollUpSamples(probe, from, to));
				samples += rolled;
				if (rolled == 0 || !stillHolding.getAsBoolean()) {
					return new Outcome(samples, hours);
				}
			}
			while ((oldest = rollups.oldest(probe, Period.HOUR)) != null && oldest.isBefore(hoursBefore)) {
				Instant day = oldest.truncatedTo(ChronoUnit.DAYS);
				long rolled = inTransaction(() -> rollUpHours(probe, day));
				hours += rolled;
				if (rolled == 0 || !stillHolding.getAsBoolean()) {
					return new Outcome(samples, hours);
				}
			}
		}
		return new Outcome(samples, hours);
	}

	private long rollUpSamples(long probe, Instant from, Instant to) {
		Map<Instant, Rollup> byHour = rollups.samplesByHour(probe, from, to);
		long summed = byHour.values().stream().mapToLong(sum -> sum.samples).sum();
		byHour.forEach((hour, sum) -> rollups.add(probe, Period.HOUR, hour, sum));
		requireSame(summed, rollups.deleteSamples(probe, from, to), "samples");
		return summed;
	}

	private long rollUpHours(long probe, Instant day) {
		Instant next = day.plus(Duration.ofDays(1));
		Map<Instant, Rollup> hours = rollups.rollups(probe, Period.HOUR, day, next);
		if (hours.isEmpty()) {
			return 0;
		}
		Rollup sum = new Rollup();
		hours.values().forEach(sum::add);
		rollups.add(probe, Period.DAY, day, sum);
		requireSame(hours.size(), rollups.delete(probe, Period.HOUR, day, next), "hourly roll-ups");
		return hours.size();
	}

	/** Rolls the batch back unless exactly the rows summed are the rows deleted. */
	private static void requireSame(long summed, long deleted, String what) {
		if (summed != deleted) {
			throw new IllegalStateException(
					"Summed " + summed + " " + what + " but would delete " + deleted + "; the batch is rolled back");
		}
	}

	private long inTransaction(LongSupplier work) {
		Long done = transactions.execute(status -> work.getAsLong());
		return done == null ? 0 : done;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * @param samples raw samples rolled up into hours (and deleted)
	 * @param hours hourly roll-ups rolled up into days (and deleted)
	 */
	record Outcome(long samples, long hours) {
	}

}
