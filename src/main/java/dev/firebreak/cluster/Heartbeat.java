package dev.firebreak.cluster;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps a claim alive while a node works it. Claims on shared rows (inbox alerts, export
 * jobs, notifications) expire after seconds, so that another node takes over a dead
 * node's work quickly; a node that is alive renews what it holds on a thread of its own,
 * however long one piece of work takes. A renewal that fails (the database is away) is
 * only logged: the next one tries again, and a claim that lapses meanwhile is guarded by
 * its token where the work is recorded.
 */
@Component
public class Heartbeat {

	private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

	private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "firebreak-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Runs {@code renew} every {@code interval} until the returned beat is closed.
	 */
	public Beat keep(Duration interval, Runnable renew) {
		long millis = Math.max(1, interval.toMillis());
		ScheduledFuture<?> beat = beats.scheduleWithFixedDelay(() -> renewQuietly(renew), millis, millis,
				TimeUnit.MILLISECONDS);
		return () -> beat.cancel(false);
	}

	private static void renewQuietly(Runnable renew) {
		try {
			renew.run();
		}
		catch (RuntimeException ex) {
			log.info("A claim could not be renewed; trying again at the next beat: {}", ex.toString());
		}
	}

	@PreDestroy
	void stop() {
		beats.shutdownNow();
	}

	/** A running renewal; closing it stops the renewal (not the claim). */
	public interface Beat extends AutoCloseable {

		@Override
		void close();

	}

}
