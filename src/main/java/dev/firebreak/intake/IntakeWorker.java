package dev.firebreak.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.firebreak.cluster.Heartbeat;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the inbox: claims a batch, applies it in one transaction, and falls back to one
 * transaction per alert when the batch fails, so that one bad alert cannot hold up the
 * rest. Runs on every node; claims keep nodes apart. Wakes when this node stores alerts
 * and polls for the ones other nodes stored or a restart left behind.
 */
@Component
class IntakeWorker {

	private static final Logger log = LoggerFactory.getLogger(IntakeWorker.class);

	private final AlertInbox inbox;

	private final AlertProcessor processor;

	private final IntegrationRepository integrations;

	private final IntakeService intake;

	private final IntakeProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Heartbeat heartbeat;

	private final ScheduledExecutorService executor = Executors
		.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "firebreak-intake"));

	private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

	IntakeWorker(AlertInbox inbox, AlertProcessor processor, IntegrationRepository integrations, IntakeService intake,
			IntakeProperties properties, TransactionTemplate transactions, Clock clock, Heartbeat heartbeat) {
		this.inbox = inbox;
		this.processor = processor;
		this.integrations = integrations;
		this.intake = intake;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		this.heartbeat = heartbeat;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (properties.workerEnabled()) {
			long poll = properties.pollInterval().toMillis();
			executor.scheduleWithFixedDelay(this::drainQuietly, 0, poll, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Wakes the worker once the stored alerts are committed. A plain listener that
	 * registers the wake-up with the transaction, not a transactional event listener:
	 * those are recorded in the event publication registry, and a wake-up is nothing to
	 * keep.
	 */
	@EventListener
	void wakeUp(IntakeService.AlertsStored stored) {
		if (!properties.workerEnabled()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wakeUpNow();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wakeUpNow();
			}
		});
	}

	private void wakeUpNow() {
		if (wakeUpQueued.compareAndSet(false, true)) {
			executor.execute(() -> {
				wakeUpQueued.set(false);
				drainQuietly();
			});
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	/** Processes until the inbox has nothing claimable left. @return alerts processed */
	int processPending() {
		int processed = 0;
		List<StoredAlert> batch;
		while (!(batch = claim()).isEmpty()) {
			// the claim expires soon after a node dies; while this node lives, it keeps
			// it
			try (Heartbeat.Beat beat = heartbeat.keep(properties.claimTimeout().dividedBy(3), renewal(batch))) {
				processBatch(batch);
			}
			processed += batch.size();
		}
		intake.refreshBacklog();
		return processed;
	}

	private void drainQuietly() {
		try {
			processPending();
		}
		catch (RuntimeException ex) {
			// the database may be away; the next poll tries again and nothing is lost
			log.warn("Alert intake worker could not drain the inbox: {}", ex.toString());
		}
	}

	private List<StoredAlert> claim() {
		Instant now = clock.instant();
		return transactions
			.execute(status -> inbox.claim(properties.batchSize(), now, now.minus(properties.claimTimeout())));
	}

	private Runnable renewal(List<StoredAlert> batch) {
		String token = batch.get(0).claimToken();
		long first = batch.get(0).id();
		long last = batch.get(batch.size() - 1).id();
		return () -> inbox.renew(token, first, last, clock.instant());
	}

	private void processBatch(List<StoredAlert> batch) {
		Map<Long, Integration> sources = new HashMap<>();
		try {
			// a lost claim undoes the round, and the alerts are then tried one by one
			transactions.executeWithoutResult(status -> markDone(
					batch.stream().map(alert -> new AlertInbox.Processed(alert, apply(alert, sources))).toList()));
		}
		catch (RuntimeException batchFailed) {
			batch.forEach(alert -> processAlone(alert, sources));
		}
	}

	/**
	 * One alert in its own transaction. A transient failure (a race with another node, a
	 * lock timeout) is retried a second later for as long as it takes; a real fault, such
	 * as a default service removed from the catalogue, waits longer after each try and is
	 * parked as FAILED after {@code max-attempts}.
	 */
	private void processAlone(StoredAlert alert, Map<Long, Integration> sources) {
		try {
			transactions.executeWithoutResult(status -> process(alert, sources));
		}
		catch (RuntimeException ex) {
			boolean transientFailure = ex instanceof TransientDataAccessException
					|| ex instanceof ConcurrencyFailureException;
			int attempts = alert.attempts() + (transientFailure ? 0 : 1);
			boolean park = attempts >= properties.maxAttempts();
			Instant now = clock.instant();
			Duration wait = transientFailure ? Duration.ofSeconds(1) : Duration.ofSeconds(5L * attempts);
			if (transientFailure) {
				log.info("Alert {} will be retried after a transient failure: {}", alert.id(), ex.toString());
			}
			else {
				log.warn("Alert {} failed (attempt {}){}: {}", alert.id(), attempts, park ? ", parked as FAILED" : "",
						ex.toString());
			}
			transactions.executeWithoutResult(
					status -> inbox.markFailed(alert, ex.toString(), !transientFailure, park, now.plus(wait), now));
		}
	}

	private void process(StoredAlert stored, Map<Long, Integration> sources) {
		markDone(List.of(new AlertInbox.Processed(stored, apply(stored, sources))));
	}

	private void markDone(List<AlertInbox.Processed> done) {
		inbox.markDone(done, clock.instant()).ifPresent(lost -> {
			// our claim expired and another node took the alert over: undo, it will
			// finish it
			throw new ClaimLostException(lost);
		});
	}

	/**
	 * @return what the alert did, as the inbox records it
	 */
	private String apply(StoredAlert stored, Map<Long, Integration> sources) {
		Integration integration = sources.computeIfAbsent(stored.integrationId(),
				id -> integrations.findById(id).orElseThrow());
		return processor.apply(stored, integration);
	}

	/** Another node owns the alert now; transient, so nothing is parked. */
	static class ClaimLostException extends ConcurrencyFailureException {

		ClaimLostException(long alertId) {
			super("The claim on alert " + alertId + " expired and was taken over");
		}

	}

}
