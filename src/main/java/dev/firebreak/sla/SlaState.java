package dev.firebreak.sla;

import java.time.Instant;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;

/**
 * The two SLA clocks of an incident, computed from its recorded times: acknowledge (stops
 * when someone takes it) and resolve (stops at resolution). A cancelled incident's clocks
 * stop when it is cancelled.
 */
public record SlaState(SlaCountdown acknowledge, SlaCountdown resolve) {

	public static SlaState of(Incident incident, Instant now) {
		Instant cancelledAt = incident.status() == IncidentStatus.CANCELLED ? incident.closedAt() : null;
		return new SlaState(SlaCountdown.of(incident.ackDueAt(), firstOf(incident.acknowledgedAt(), cancelledAt), now),
				SlaCountdown.of(incident.resolveDueAt(), firstOf(incident.resolvedAt(), cancelledAt), now));
	}

	private static Instant firstOf(Instant a, Instant b) {
		return a != null ? a : b;
	}

}
