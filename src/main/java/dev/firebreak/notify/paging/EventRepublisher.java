package dev.firebreak.notify.paging;

import dev.firebreak.cluster.ClusterLock;
import dev.firebreak.notify.NotifyProperties;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands incident events to paging again when their handling never finished: the node that
 * committed them died first. On one node of the cluster at a time, for events older than
 * {@code republish-after} (a healthy node finishes within seconds); handling an event
 * twice pages nobody twice.
 */
@Component
class EventRepublisher {

	private final IncompleteEventPublications incomplete;

	private final ClusterLock lock;

	private final NotifyProperties properties;

	EventRepublisher(IncompleteEventPublications incomplete, ClusterLock lock, NotifyProperties properties) {
		this.incomplete = incomplete;
		this.lock = lock;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${firebreak.notify.republish-interval:30s}", initialDelayString = "PT30S")
	void republish() {
		if (properties.workerEnabled() && lock.tryAcquire("notify-events", properties.republishAfter())) {
			incomplete.resubmitIncompletePublicationsOlderThan(properties.republishAfter());
		}
	}

}
