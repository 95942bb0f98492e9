package dev.firebreak.sla;

import java.time.Instant;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRecord;
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
		return of(incident.status(), incident.resolution(), incident.acknowledgedAt(), incident.mitigatedAt(),
				incident.resolvedAt(), incident.closedAt(), incident.ackDueAt(), incident.resolveDueAt(), now);
	}

	/**
	 * The same rules for readers of many incidents (the issue-log export, the reports),
	 * which read rows rather than load incidents.
	 */
	public static SlaState of(IncidentRecord incident, Instant now) {
		return of(incident.status(), incident.resolution(), incident.acknowledgedAt(), incident.mitigatedAt(),
				incident.resolvedAt(), incident.closedAt(), incident.ackDueAt(), incident.resolveDueAt(), now);
	}

	/** The same rules from the recorded times alone. */
	public static SlaState of(IncidentStatus status, Resolution resolution, Instant acknowledgedAt, Instant mitigatedAt,
			Instant resolvedAt, Instant closedAt, Instant ackDueAt, Instant resolveDueAt, Instant now) {
		Instant cancelledAt = status == IncidentStatus.CANCELLED ? closedAt : null;
		// a recovery stops the clock even when someone takes the verification later
		Instant recoveredAt = resolution == Resolution.RECOVERED ? mitigatedAt : null;
		Instant acknowledgeStopped = earliest(earliest(acknowledgedAt, recoveredAt), cancelledAt);
		return new SlaState(SlaCountdown.of(ackDueAt, acknowledgeStopped, now),
				SlaCountdown.of(resolveDueAt, firstOf(resolvedAt, cancelledAt), now));
	}

	private static Instant firstOf(Instant a, Instant b) {
		return a != null ? a : b;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a == null || (b != null && b.isBefore(a)) ? b : a;
	}

}
