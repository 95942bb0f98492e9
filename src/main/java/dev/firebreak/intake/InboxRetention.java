package dev.firebreak.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.firebreak.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the alert inbox from growing without end: once an hour, on one node of the
 * cluster, processed alerts older than {@code firebreak.intake.retention} are deleted in
 * batches, each its own short transaction, so that intake is never held up behind a long
 * delete. The incidents, their timelines (which name every alert's effect) and the audit
 * log are not touched.
 */
@Component
class InboxRetention {

	private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);

	static final int BATCH = 1000;

	/** One run stops after this many rows; the next run goes on. */
	static final int MAX_PER_RUN = 200_000;

	private final AlertInbox inbox;

	private final ClusterLock lock;

	private final IntakeProperties properties;

	private final Clock clock;

	InboxRetention(AlertInbox inbox, ClusterLock lock, IntakeProperties properties, Clock clock) {
		this.inbox = inbox;
		this.lock = lock;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${firebreak.intake.retention-sweep-interval:1h}",
			initialDelayString = "${firebreak.intake.retention-sweep-interval:1h}")
	void runOnOneNode() {
		if (lock.tryAcquire("inbox-retention", Duration.ofMinutes(10))) {
			int deleted = run();
			if (deleted > 0) {
				log.info("Deleted {} processed alert(s) older than {}", deleted, properties.retention());
			}
		}
	}

	/**
	 * @return how many processed alerts were deleted
	 */
	int run() {
		Instant before = clock.instant().minus(properties.retention());
		int deleted = 0;
		int batch;
		do {
			batch = inbox.deleteProcessed(before, BATCH);
			deleted += batch;
		}
		while (batch == BATCH && deleted < MAX_PER_RUN);
		return deleted;
	}

}
