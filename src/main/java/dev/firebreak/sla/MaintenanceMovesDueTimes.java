package dev.firebreak.sla;

import java.util.Set;

import dev.firebreak.suppression.MaintenanceScheduled;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new maintenance window moves the due times of the service's open incidents whose
 * policy stops the clocks during maintenance.
 */
@Component
class MaintenanceMovesDueTimes {

	private final ApplicationEventPublisher events;

	MaintenanceMovesDueTimes(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(MaintenanceScheduled window) {
		events.publishEvent(new SlaTermsChanged(Set.of(), Set.of(window.service())));
	}

}
