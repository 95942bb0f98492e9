package dev.firebreak.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Conflict;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting state: people put an incident on hold while it waits on a third party or on
 * its reporter, and take it off again. Its SLA clocks stand still meanwhile. Each start
 * and end is a pause row and a timeline entry, written together; the deadline timers move
 * through {@link SlaTermsChanged}.
 */
@Service
public class Waiting {

	private final SlaRepository repository;

	private final IncidentService incidents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Waiting(SlaRepository repository, IncidentService incidents, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.incidents = incidents;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws Conflict when the incident is resolved, closed or cancelled, or waits
	 * already
	 */
	@Transactional
	public SlaPause start(String number, WaitingReason reason, String note, Authentication authentication) {
		Incident incident = incidents.get(number);
		String by = requireWorker(authentication, incident);
		if (reason == null) {
			throw new InvalidInput(List.of(new FieldError("reason", "must be THIRD_PARTY or REPORTER")));
		}
		if (note != null && note.length() > 1000) {
			throw new InvalidInput(List.of(new FieldError("note", "must be at most 1000 characters")));
		}
		if (incident.status() == IncidentStatus.RESOLVED || incident.status().isTerminal()) {
			throw new Conflict("Incident not open",
					incident.number() + " is " + incident.status().name().toLowerCase(java.util.Locale.ROOT)
							+ ": its SLA clocks have stopped, there is nothing to pause.");
		}
		if (waiting(incident.id())) {
			throw alreadyWaiting(incident);
		}
		Instant now = clock.instant();
		String text = note == null || note.isBlank() ? null : note.strip();
		long id;
		try {
			id = repository.insertPause(incident.id(), reason, text, by, now);
		}
		catch (DuplicateKeyException ex) {
			throw alreadyWaiting(incident);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", reason.name());
		if (text != null) {
			// timeline details hold no nulls
			details.put("note", text);
		}
		details.put("pause", id);
		incidents.recordWaiting(incident.id(), true, details, by);
		events.publishEvent(SlaTermsChanged.incident(incident.id()));
		return new SlaPause(id, incident.id(), reason, text, now, by, null, null);
	}

	/**
	 * Allowed whatever the incident's state, so that a wait left open at resolution can
	 * still be closed for the record; the clocks stopped at resolution anyway.
	 * @throws Conflict when the incident does not wait
	 */
	@Transactional
	public SlaPause end(String number, Authentication authentication) {
		Incident incident = incidents.get(number);
		String by = requireWorker(authentication, incident);
		SlaPause ended = repository.endPause(incident.id(), by, clock.instant())
			.orElseThrow(() -> new Conflict("Not waiting",
					incident.number() + " is not waiting: there is no pause to end."));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", ended.reason().name());
		details.put("pause", ended.id());
		details.put("waited", Duration.between(ended.startedAt(), ended.endedAt()).toString());
		incidents.recordWaiting(incident.id(), false, details, by);
		events.publishEvent(SlaTermsChanged.incident(incident.id()));
		return ended;
	}

	@Transactional(readOnly = true)
	public boolean waiting(long incidentId) {
		return repository.pauses(incidentId).stream().anyMatch(pause -> pause.endedAt() == null);
	}

	/** Managers, and the responders of the incident's team. */
	public boolean mayChange(Authentication authentication, Incident incident) {
		Actor actor = Actor.of(authentication);
		return actor.hasRole(Role.MANAGER) || (actor.hasRole(Role.RESPONDER) && actor.isIn(incident.team()));
	}

	private String requireWorker(Authentication authentication, Incident incident) {
		if (!mayChange(authentication, incident)) {
			throw new ActionDeniedException(
					"Only managers and the responders of team " + incident.team() + " may pause its SLA clocks.");
		}
		return Actor.of(authentication).username();
	}

	private static Conflict alreadyWaiting(Incident incident) {
		return new Conflict("Already waiting",
				incident.number() + " waits already: end that wait before starting another.");
	}

}
