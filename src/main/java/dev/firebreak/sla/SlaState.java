package dev.firebreak.sla;

import java.time.Instant;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Resolution;

/**
 * The two SLA clocks of an incident, computed from its recorded times. Acknowledge stops
 * when someone takes the incident, or when monitoring reports recovery before anyone did
 * (nothing is urgent any more and the route stops escalating). Resolve stops at
 * resolution. A cancelled incident's clocks stop when it is cancelled.
 */
public record SlaState(SlaCountdown acknowledge, SlaCountdown resolve) {

	public static SlaState of(Incident incident, Instant now) {
		Instant cancelledAt = incident.status() == IncidentStatus.CANCELLED ? incident.closedAt() : null;
		Instant recoveredFirst = incident.acknowledgedAt() == null && incident.resolution() == Resolution.RECOVERED
				? incident.mitigatedAt() : null;
		Instant acknowledgeStopped = firstOf(incident.acknowledgedAt(), firstOf(recoveredFirst, cancelledAt));
		return new SlaState(SlaCountdown.of(incident.ackDueAt(), acknowledgeStopped, now),
				SlaCountdown.of(incident.resolveDueAt(), firstOf(incident.resolvedAt(), cancelledAt), now));
	}

	private static Instant firstOf(Instant a, Instant b) {
		return a != null ? a : b;
	}

}
