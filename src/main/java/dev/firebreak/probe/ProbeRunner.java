package dev.firebreak.probe;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.firebreak.cluster.ClusterLock;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs due checks on the one node that holds the "probes" lease. Each tick claims the due
 * probes (a short write that moves their next run forward, so no other node or tick runs
 * them again) and hands them to a small pool; the tick does not wait, so one slow target
 * never delays the others' schedule, and each check keeps to its probe's timeout, so a
 * hanging target holds one worker for that long at most. The check runs outside any
 * transaction; only recording its result takes one. A heartbeat that is due has missed
 * its check-in: that is recorded as down without calling anything.
 */
@Component
class ProbeRunner {

	private static final Logger log = LoggerFactory.getLogger(ProbeRunner.class);

	/** Claimed per tick; the rest are still due at the next tick. */
	private static final int MAX_CLAIMS = 100;

	private final ProbeRepository probes;

	private final Checks checks;

	private final ProbeResults results;

	private final ClusterLock lock;

	private final ProbeProperties properties;

	private final Clock clock;

	private final ExecutorService pool;

	/**
	 * Probes whose check is queued or running here; never claimed again until it ends,
	 * even when the pool falls behind their interval.
	 */
	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	ProbeRunner(ProbeRepository probes, Checks checks, ProbeResults results, ClusterLock lock,
			ProbeProperties properties, Clock clock) {
		this.probes = probes;
		this.checks = checks;
		this.results = results;
		this.lock = lock;
		this.properties = properties;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(properties.parallelChecks(), runnable -> {
			Thread thread = new Thread(runnable, "firebreak-probe-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Scheduled(fixedDelayString = "${firebreak.probes.tick-interval:1s}")
	void tick() {
		if (!properties.schedulerEnabled()) {
			return;
		}
		try {
			if (lock.tryAcquire("probes", properties.lease())) {
				startDueChecks();
			}
		}
		catch (RuntimeException ex) {
			// the database may be away; due probes stay due and the next tick tries again
			log.warn("Probe runner could not start due checks: {}", ex.toString());
		}
	}

	/**
	 * Runs the checks due now and waits until their results are recorded, without the
	 * cluster lease: tests call this with the scheduler off. @return checks run
	 */
	int runDueChecks() {
		List<Future<?>> started = startDueChecks();
		for (Future<?> future : started) {
			try {
				future.get();
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A probe check failed to record", ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for probe checks", ex);
			}
		}
		return started.size();
	}

	/**
	 * Lets running checks end for a few seconds, then interrupts the rest; those record
	 * nothing and run again when next due, on whichever node holds the lease.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		pool.shutdown();
		if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
			pool.shutdownNow();
			pool.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

	private List<Future<?>> startDueChecks() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		List<Future<?>> started = new ArrayList<>();
		for (Probe probe : probes.findDue(now, MAX_CLAIMS)) {
			if (!inFlight.contains(probe.id()) && probes.claim(probe, now)) {
				inFlight.add(probe.id());
				started.add(pool.submit(() -> checkAndRecord(probe)));
			}
		}
		return started;
	}

	private void checkAndRecord(Probe probe) {
		try {
			Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
			if (probe.kind() == ProbeKind.HEARTBEAT) {
				// nothing to call: being due means the check-in is missing
				results.recordMissedHeartbeat(probe.id(), at);
				return;
			}
			CheckResult result = checks.run(probe);
			if (Thread.currentThread().isInterrupted()) {
				return; // shutting down: an unfinished check says nothing about the
						// endpoint
			}
			results.record(probe.id(), at, result);
		}
		catch (RuntimeException ex) {
			// nobody waits on a scheduled check's future: say it here
			log.warn("Probe {} ({}): the check's result could not be recorded: {}", probe.id(), probe.name(),
					ex.toString());
			throw ex;
		}
		finally {
			inFlight.remove(probe.id());
		}
	}

}
