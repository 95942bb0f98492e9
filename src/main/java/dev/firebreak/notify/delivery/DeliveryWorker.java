package dev.firebreak.notify.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.firebreak.cluster.Heartbeat;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.channel.Channel;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Delivery;
import dev.firebreak.notify.channel.DeliveryFailure;
import dev.firebreak.notify.channel.Destination;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.delivery.NotificationRepository.Outgoing;
import dev.firebreak.notify.link.ActionLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each round claims due notifications (so that of several
 * nodes exactly one sends each), sends them in parallel on a few sender threads with no
 * database transaction open during the network call, then records each outcome in a
 * transaction of its own: delivered (on the incident's timeline too), tried again later
 * with a doubling backoff, or given up on (a permanent refusal, or past the give-up time)
 * and its destination shown to admins as failing. The contact methods a round delivered
 * to are marked delivered once each, when the round is over ({@link DeliveredMethods}).
 * <p>
 * A page that has become pointless is cancelled instead of sent: the incident was
 * acknowledged or is over.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	static final String ACTOR = "firebreak";

	private final NotificationRepository notifications;

	private final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);

	private final Contacts contacts;

	private final IncidentService incidents;

	private final ActionLinks links;

	private final NotifyProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final DeliveryMetrics metrics;

	private final Heartbeat heartbeat;

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean running;

	private ExecutorService senders;

	private Thread loop;

	DeliveryWorker(NotificationRepository notifications, List<Channel> channels, Contacts contacts,
			IncidentService incidents, ActionLinks links, NotifyProperties properties, TransactionTemplate transactions,
			Clock clock, DeliveryMetrics metrics, Heartbeat heartbeat) {
		this.notifications = notifications;
		channels.forEach(channel -> this.channels.put(channel.kind(), channel));
		this.contacts = contacts;
		this.incidents = incidents;
		this.links = links;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		this.metrics = metrics;
		this.heartbeat = heartbeat;
	}

	/** Sends what is due now; tests call this instead of waiting for the loop. */
	public int runDue() {
		String token = UUID.randomUUID().toString();
		Instant now = clock.instant();
		List<Outgoing> claimed = transactions.execute(status -> notifications.claimDue(token, now,
				now.plus(properties.claimLease()), properties.batchSize()));
		if (claimed.isEmpty()) {
			return 0;
		}
		// the lease is short, so that a dead node's notifications go out soon; a live
		// node
		// renews it until the round is over
		List<Long> ids = claimed.stream().map(Outgoing::id).toList();
		try (Heartbeat.Beat beat = heartbeat.keep(properties.claimLease().dividedBy(3),
				() -> notifications.renew(token, ids, clock.instant().plus(properties.claimLease())))) {
			send(claimed, token);
		}
		return claimed.size();
	}

	private void send(List<Outgoing> claimed, String token) {
		DeliveredMethods methods = new DeliveredMethods();
		List<Callable<Void>> sends = new ArrayList<>();
		for (Outgoing notification : claimed) {
			sends.add(() -> {
				handle(notification, token, methods);
				return null;
			});
		}
		if (senders == null || claimed.size() == 1) {
			for (Callable<Void> send : sends) {
				call(send);
			}
		}
		else {
			try {
				for (Future<Void> done : senders.invokeAll(sends)) {
					done.get();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException ex) {
				log.error("A notification could not be handled; its claim lapses and it is tried again", ex);
			}
		}
		markDelivered(methods);
	}

	/** Looks for due notifications now instead of at the next poll. */
	void wake() {
		synchronized (signal) {
			woken = true;
			signal.notifyAll();
		}
	}

	private void handle(Outgoing notification, String token, DeliveredMethods methods) {
		Instant now = clock.instant();
		Incident incident = notification.incidentId() == null ? null : incidents.get(notification.incidentId());
		String pointless = pointless(notification, incident);
		if (pointless != null) {
			transactions.executeWithoutResult(status -> notifications.markEnded(notification.id(), token,
					NotificationStatus.CANCELLED, pointless, false, now));
			return;
		}
		Destination destination = destination(notification);
		if (destination == null) {
			giveUp(notification, token, "The contact method was removed before the notification was sent.", now,
					methods);
			return;
		}
		Message message = notification.message();
		if (incident != null) {
			boolean acknowledgeable = incident.acknowledgedAt() == null && !incident.status().isTerminal()
					&& notification.purpose() != Purpose.UPDATE;
			message = message.withLinks(links.linksFor(notification.id(), incident.number(), notification.username(),
					acknowledgeable, now));
		}
		Channel channel = channels.get(notification.channel());
		try {
			if (channel == null) {
				throw DeliveryFailure.transientFailure(
						"No " + notification.channel() + " channel on this node (for email, set spring.mail.host)",
						null);
			}
			channel.send(new Delivery(notification.id(), destination, message, notification.attachment(), now));
		}
		catch (DeliveryFailure failure) {
			failed(notification, token, failure, clock.instant(), methods);
			return;
		}
		catch (RuntimeException unexpected) {
			log.warn("Notification {} by {} failed unexpectedly", notification.id(), destination, unexpected);
			failed(notification, token, DeliveryFailure.transientFailure(unexpected.toString(), unexpected),
					clock.instant(), methods);
			return;
		}
		Instant at = clock.instant();
		if (delivered(notification, token, at) && notification.contactMethodId() != null) {
			methods.delivered(notification.contactMethodId(), at);
		}
	}

	/** Why sending it now would be pointless, or null. */
	private static String pointless(Outgoing notification, Incident incident) {
		if (incident == null) {
			return null;
		}
		// a public update is news whatever the incident's state: the closing word comes
		// after closing
		if (notification.purpose() == Purpose.UPDATE) {
			return null;
		}
		if (incident.status().isTerminal()) {
			return "The incident was " + incident.status().name().toLowerCase() + " before it was sent.";
		}
		if (notification.purpose() == Purpose.PAGE && incident.acknowledgedAt() != null) {
			return "The incident was acknowledged before it was sent.";
		}
		return null;
	}

	private Destination destination(Outgoing notification) {
		if (notification.contactMethodId() == null) {
			return new Destination(notification.channel(), notification.address(), null);
		}
		return contacts.destination(notification.contactMethodId()).orElse(null);
	}

	/**
	 * Records the delivery; its contact method is marked delivered at the end of the
	 * round.
	 * @return false when the claim had lapsed
	 */
	private boolean delivered(Outgoing notification, String token, Instant at) {
		boolean recorded = Boolean.TRUE.equals(transactions.execute(status -> {
			if (!notifications.markSent(notification.id(), token, at)) {
				log.warn("Notification {} was sent after its claim lapsed; another node may send it too",
						notification.id());
				return false;
			}
			if (notification.incidentId() != null) {
				incidents.recordNotified(notification.incidentId(), notification.purpose() == Purpose.PAGE,
						details(notification, null), ACTOR);
			}
			return true;
		}));
		if (recorded) {
			metrics.sent(notification.channel());
		}
		return recorded;
	}

	/**
	 * One statement per contact method the round delivered to, all in one transaction.
	 */
	private void markDelivered(DeliveredMethods methods) {
		if (!methods.isEmpty()) {
			transactions.executeWithoutResult(status -> methods.forEach(contacts::markDelivered));
		}
	}

	private void failed(Outgoing notification, String token, DeliveryFailure failure, Instant now,
			DeliveredMethods methods) {
		boolean tooLate = !now.isBefore(notification.dueAt().plus(properties.giveUpAfter()));
		if (failure.permanent() || tooLate) {
			giveUp(notification, token, failure.getMessage(), now, methods);
			return;
		}
		Instant next = now.plus(backoff(notification.attempts() + 1));
		transactions.executeWithoutResult(status -> {
			notifications.markRetry(notification.id(), token, failure.getMessage(), next);
			if (notification.contactMethodId() != null) {
				contacts.noteError(notification.contactMethodId(), failure.getMessage());
			}
		});
		log.info("Notification {} by {} failed ({}); trying again at {}", notification.id(), notification.channel(),
				failure.getMessage(), next);
	}

	private void giveUp(Outgoing notification, String token, String reason, Instant at, DeliveredMethods methods) {
		boolean ended = Boolean.TRUE.equals(transactions.execute(status -> {
			if (!notifications.markEnded(notification.id(), token, NotificationStatus.FAILED, reason, true, at)) {
				return false;
			}
			if (notification.contactMethodId() != null) {
				contacts.markFailing(notification.contactMethodId(), reason);
			}
			if (notification.incidentId() != null) {
				incidents.recordNotificationFailed(notification.incidentId(), details(notification, reason), ACTOR);
			}
			return true;
		}));
		if (ended) {
			metrics.failed(notification.channel());
		}
		if (ended && notification.contactMethodId() != null) {
			methods.givenUpOn(notification.contactMethodId());
		}
		log.warn("Notification {} by {} given up: {}", notification.id(), notification.channel(), reason);
	}

	/** The wait before attempt {@code attempt + 1}: doubling from the first, capped. */
	Duration backoff(int attempt) {
		Duration wait = properties.retryBackoff();
		for (int i = 1; i < attempt && wait.compareTo(properties.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
	}

	private static Map<String, Object> details(Outgoing notification, String failure) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("notification", notification.id());
		details.put("to", notification.username() == null ? notification.address() : notification.username());
		details.put("channel", notification.channel().name());
		details.put("purpose", notification.purpose().name());
		details.put("attempts", notification.attempts() + 1);
		if (failure != null) {
			details.put("reason", failure);
		}
		return details;
	}

	private static void call(Callable<Void> send) {
		try {
			send.call();
		}
		catch (Exception ex) {
			log.error("A notification could not be handled; its claim lapses and it is tried again", ex);
		}
	}

	// The loop: one thread per node, woken by new notifications, polling when idle.

	@Override
	public void start() {
		if (!properties.workerEnabled()) {
			return;
		}
		running = true;
		senders = Executors.newFixedThreadPool(properties.senders(), runnable -> {
			Thread thread = new Thread(runnable, "notify-sender");
			thread.setDaemon(true);
			return thread;
		});
		loop = new Thread(this::loop, "notify-worker");
		loop.setDaemon(true);
		loop.start();
	}

	private void loop() {
		while (running) {
			try {
				if (runDue() < properties.batchSize()) {
					awaitWork();
				}
			}
			catch (RuntimeException ex) {
				log.warn("Notification round failed; trying again shortly", ex);
				awaitWork();
			}
		}
	}

	private void awaitWork() {
		synchronized (signal) {
			if (!woken && running) {
				try {
					signal.wait(properties.pollInterval().toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					running = false;
				}
			}
			woken = false;
		}
	}

	@Override
	public void stop() {
		running = false;
		wake();
		if (loop != null) {
			try {
				loop.join(properties.httpTimeout().toMillis() * 2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (senders != null) {
			senders.shutdown();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
