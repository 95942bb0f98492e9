package dev.firebreak.suppression;

import java.time.Instant;

/** A maintenance window as the API and the pages show it, with its state when read. */
public record MaintenanceWindowView(long id, MaintenanceWindow.State state, String service, Instant startsAt,
		Instant endsAt, String description, boolean suppressAlerts, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt, String cancelledBy, Instant cancelledAt, long suppressedAlerts) {

	static MaintenanceWindowView of(MaintenanceWindow w, Instant now) {
		return new MaintenanceWindowView(w.id(), w.state(now), w.service(), w.startsAt(), w.endsAt(), w.description(),
				w.suppressAlerts(), w.createdBy(), w.createdAt(), w.updatedBy(), w.updatedAt(), w.cancelledBy(),
				w.cancelledAt(), w.suppressedAlerts());
	}

}
