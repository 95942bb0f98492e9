package dev.firebreak.bench;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.firebreak.incident.IncidentEscalated;
import dev.firebreak.incident.IncidentOpened;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When each incident's opening and each of its escalations was committed, noted inside
 * the application right after the commit: the moment paging hears of it. The database's
 * own times are whole seconds on MySQL ({@code datetime} columns), too coarse for delays
 * measured against a 2 s target.
 * <p>
 * A plain listener on purpose: Spring Modulith would store an event publication row for a
 * transactional one, which would add to the work measured.
 */
final class CommitTimes implements ApplicationListener<ApplicationEvent> {

	private final Map<Long, Instant> opened = new ConcurrentHashMap<>();

	private final Map<String, Instant> escalated = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (!(event instanceof PayloadApplicationEvent<?> payload)) {
			return;
		}
		if (payload.getPayload() instanceof IncidentOpened incident) {
			afterCommit(() -> opened.putIfAbsent(incident.incidentId(), Instant.now()));
		}
		else if (payload.getPayload() instanceof IncidentEscalated escalation) {
			afterCommit(() -> escalated.putIfAbsent(key(escalation.incidentId(), escalation.level()), Instant.now()));
		}
	}

	Instant opened(long incidentId) {
		return opened.get(incidentId);
	}

	/**
	 * When the incident's escalation to {@code level} (1 for the first) was committed.
	 */
	Instant escalated(long incidentId, int level) {
		return escalated.get(key(incidentId, level));
	}

	private static String key(long incidentId, int level) {
		return incidentId + ":" + level;
	}

	private static void afterCommit(Runnable note) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			note.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				note.run();
			}
		});
	}

}
