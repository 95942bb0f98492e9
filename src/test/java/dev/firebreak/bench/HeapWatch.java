package dev.firebreak.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use around one measured run, three ways:
 * <ul>
 * <li><b>baseline</b>: used heap after a full collection just before the run;</li>
 * <li><b>live growth</b>: the highest used heap right after any collection during the
 * run, minus the baseline, from the JVM's GC notifications. After a young collection that
 * includes garbage already promoted to the old generation, and a short peak between two
 * collections goes unseen; with a full collection every second (below) it is the live
 * heap, sampled every second;</li>
 * <li><b>peak used</b>: the highest used heap a sampler thread saw every 10 ms, garbage
 * included, so mostly a function of the young generation's size.</li>
 * </ul>
 * Asked to, the sampler also runs a full collection every second, so that every
 * after-collection figure is the live heap; that slows the run down, so such runs only
 * measure heap.
 */
final class HeapWatch implements AutoCloseable, NotificationListener {

	private static final long MB = 1024 * 1024;

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private final long baseline;

	private final AtomicLong maxAfterGc = new AtomicLong();

	private final AtomicLong collections = new AtomicLong();

	private final AtomicLong peakUsed = new AtomicLong();

	private final Thread sampler;

	private final boolean collectEverySecond;

	private volatile boolean running = true;

	HeapWatch(boolean collectEverySecond) {
		this.collectEverySecond = collectEverySecond;
		baseline = usedAfterFullGc();
		maxAfterGc.set(baseline);
		peakUsed.set(baseline);
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this, null, null);
				emitters.add(emitter);
			}
		}
		sampler = new Thread(this::sample, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long used = 0;
		for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
			if (heapPools.contains(pool.getKey())) {
				used += pool.getValue().getUsed();
			}
		}
		maxAfterGc.accumulateAndGet(used, Math::max);
		collections.incrementAndGet();
	}

	private void sample() {
		for (long tick = 1; running; tick++) {
			if (collectEverySecond && tick % 100 == 0) {
				System.gc();
			}
			peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** Stops watching; call when the measured run ends. */
	@Override
	public void close() {
		running = false;
		sampler.interrupt();
		for (NotificationEmitter emitter : emitters) {
			try {
				emitter.removeNotificationListener(this);
			}
			catch (Exception ex) {
				// already gone: nothing to undo
			}
		}
	}

	long baselineMb() {
		return baseline / MB;
	}

	long liveGrowthMb() {
		return (maxAfterGc.get() - baseline) / MB;
	}

	long peakUsedMb() {
		return peakUsed.get() / MB;
	}

	long collections() {
		return collections.get();
	}

	static long usedAfterFullGc() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
