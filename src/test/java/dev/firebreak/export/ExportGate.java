package dev.firebreak.export;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Holds export jobs of chosen services at their start (after the total is counted, before
 * the first page) until the test opens the gate: a job that is provably still running,
 * without timing. Jobs of other services pass untouched. Public for the browser tests,
 * which watch a held export's progress bar on its page.
 */
@Component
@Profile("test")
public class ExportGate implements ExportPageListener {

	private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

	/** Jobs for {@code service} wait at their start until {@link #open} is called. */
	public void hold(String service) {
		held.put(service, new CountDownLatch(1));
	}

	public void open(String service) {
		CountDownLatch latch = held.remove(service);
		if (latch != null) {
			latch.countDown();
		}
	}

	@Override
	public void afterPage(long jobId, ExportFilters filters, long rowsRead) {
		CountDownLatch latch = filters.service() == null ? null : held.get(filters.service());
		if (latch != null && rowsRead == 0) {
			try {
				// bounded, so a failing test cannot leave a worker stuck for the rest of
				// the run
				latch.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
