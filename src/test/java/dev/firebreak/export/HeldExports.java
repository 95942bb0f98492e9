package dev.firebreak.export;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * For a node started as a child process by a test (profile {@code held-exports}): every
 * export job it runs stops at its start, after its total is counted, and waits there (at
 * most a minute) — a job provably in the middle of its run when the test kills the node.
 */
@Component
@Profile("held-exports")
class HeldExports implements ExportPageListener {

	private final CountDownLatch never = new CountDownLatch(1);

	@Override
	public void afterPage(long jobId, ExportFilters filters, long rowsRead) {
		if (rowsRead == 0) {
			try {
				never.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
