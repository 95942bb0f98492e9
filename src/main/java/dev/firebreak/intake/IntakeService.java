package dev.firebreak.intake;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Severity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storage first, processing after: an accepted alert is committed to the inbox before the
 * sender hears 2xx, and a worker turns it into incident changes.
 */
@Service
public class IntakeService {

	private final AlertInbox inbox;

	private final Integrations integrations;

	private final IntakeProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IntakeMetrics metrics;

	/**
	 * Pending alerts as last counted, plus what this node stored since; cheap to check
	 * per request.
	 */
	private final AtomicLong backlog = new AtomicLong();

	IntakeService(AlertInbox inbox, Integrations integrations, IntakeProperties properties,
			ApplicationEventPublisher events, Clock clock, IntakeMetrics metrics) {
		this.inbox = inbox;
		this.integrations = integrations;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.metrics = metrics;
	}

	/** Stores the alerts, all or none, and wakes the worker once they are committed. */
	@Transactional
	void accept(Integration integration, List<InboundAlert> alerts) {
		if (alerts.isEmpty()) {
			return;
		}
		// The estimate only grows between the worker's counts; near the limit, count for
		// real
		// (a node that does not run the worker relies on this).
		if (backlog.get() + alerts.size() > properties.maxBacklog()) {
			refreshBacklog();
			if (backlog.get() + alerts.size() > properties.maxBacklog()) {
				throw new IntakeOverloadedException(properties.retryAfter());
			}
		}
		inbox.store(integration.id(), alerts, clock.instant());
		backlog.addAndGet(alerts.size());
		metrics.accepted(integration.type(), alerts.size());
		events.publishEvent(new AlertsStored(alerts.size()));
	}

	/**
	 * Firebreak's own probes report through the same inbox and rules as external senders,
	 * under a built-in integration that has no usable key.
	 * @param failing true raises (or repeats) the alert, false resolves it
	 * @param dedupKey stable per probe, e.g. {@code probe-42}
	 * @param service the probed service; also the probe integration's default when it is
	 * first created
	 */
	@Transactional
	public void submitProbeResult(boolean failing, String dedupKey, String title, String description, Severity severity,
			String service, String payloadJson) {
		Integration integration = integrations.probeIntegration(service);
		accept(integration, List.of(new InboundAlert(failing ? AlertAction.TRIGGER : AlertAction.RESOLVE, dedupKey,
				severity, Impact.MEDIUM, title, description, service, null, payloadJson)));
	}

	/** Re-counts the backlog from the inbox; the worker calls it after each round. */
	void refreshBacklog() {
		backlog.set(inbox.countPending());
	}

	/** Published when alerts were stored; the worker reacts after commit. */
	record AlertsStored(int count) {
	}

}
