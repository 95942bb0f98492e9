package dev.firebreak.notify.delivery;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

import dev.firebreak.notify.channel.Purpose;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts notifications in the outbox, in the caller's transaction: a notification exists
 * exactly when what caused it was committed. The worker sends it; this node's worker is
 * woken as soon as the transaction commits, so nobody waits for its next poll.
 */
@Component
public class Outbox {

	private final NotificationRepository notifications;

	private final DeliveryWorker worker;

	private final Clock clock;

	Outbox(NotificationRepository notifications, DeliveryWorker worker, Clock clock) {
		this.notifications = notifications;
		this.worker = worker;
		this.clock = clock;
	}

	/**
	 * @return the new notification's id, or empty when one with the same dedup key exists
	 * already (the cause was handled before)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> enqueue(NewNotification notification) {
		if (notifications.idOf(notification.dedupKey()).isPresent()) {
			return Optional.empty();
		}
		long id;
		try {
			id = notifications.insert(notification, clock.instant());
		}
		catch (DuplicateKeyException anotherNodeDecidedTheSame) {
			return Optional.empty();
		}
		wakeWorkerAfterCommit();
		return Optional.of(id);
	}

	/**
	 * Cancels an incident's notifications still waiting (a later rule step, a retry) once
	 * they are not needed: someone acknowledged, or the incident moved on.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int cancelWaiting(long incidentId, Collection<Purpose> purposes, String reason) {
		return notifications.cancelPending(incidentId, purposes, reason, clock.instant());
	}

	private void wakeWorkerAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.wake();
			}
		});
	}

}
