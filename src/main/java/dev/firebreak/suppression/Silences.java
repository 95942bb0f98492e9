package dev.firebreak.suppression;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.incident.Incident;
import dev.firebreak.failure.FieldError;
import dev.firebreak.incident.IncidentNotFoundException;
import dev.firebreak.incident.IncidentService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading and expiring silences, the same for the API and the pages. Managers
 * and admins silence anything. A responder may silence the alert of an incident of one of
 * their teams, for at most {@link #RESPONDER_LIMIT}, and expire silences they created:
 * enough to quiet a flapping alert they are working on, not to hide another team's.
 */
@Service
public class Silences {

	static final String CREATED = "SILENCE_CREATED";

	static final String EXPIRED = "SILENCE_EXPIRED";

	/** The longest silence a responder may set. */
	public static final Duration RESPONDER_LIMIT = Duration.ofHours(24);

	/** Silences that ended longer ago than this drop off the list. */
	private static final Duration RECENT = Duration.ofDays(7);

	private final SilenceRepository silences;

	private final SuppressedAlertRepository suppressed;

	private final IncidentService incidents;

	private final AuditLog audit;

	private final Clock clock;

	Silences(SilenceRepository silences, SuppressedAlertRepository suppressed, IncidentService incidents,
			AuditLog audit, Clock clock) {
		this.silences = silences;
		this.suppressed = suppressed;
		this.incidents = incidents;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public SilenceView create(SilenceRequest request, Authentication authentication) {
		Editor editor = Editor.of(authentication);
		Instant now = now();
		Incident incident = editor.manages() ? null : incidentOfOwnTeam(request.incident(), editor);
		Instant startsAt = request.startsAt() == null ? now : request.startsAt().truncatedTo(ChronoUnit.SECONDS);
		List<FieldError> errors = new ArrayList<>(SilenceRules.check(request, startsAt, now));
		if (incident == null && request.incident() != null && !request.incident().isBlank()) {
			incident = findIncident(request.incident(), errors);
		}
		if (!editor.manages() && request.endsAt() != null && request.endsAt().isAfter(startsAt.plus(RESPONDER_LIMIT))) {
			errors.add(new FieldError("endsAt",
					"must be within " + RESPONDER_LIMIT.toHours() + " hours of the start for a responder"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<Matcher> matchers = request.matchers() == null ? List.of() : List.copyOf(request.matchers());
		Instant endsAt = request.endsAt().truncatedTo(ChronoUnit.SECONDS);
		String number = incident == null ? null : incident.number();
		long id = silences.insert(matchers, startsAt, endsAt, request.comment().strip(), editor.username(), now,
				number);
		SilenceView created = get(id);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("matchers", created.matchersText());
		details.put("startsAt", startsAt.toString());
		details.put("endsAt", endsAt.toString());
		details.put("comment", created.comment());
		if (number != null) {
			details.put("incident", number);
		}
		audit.record(editor.username(), CREATED, "silence " + id, details);
		return created;
	}

	/**
	 * Ends the silence now. Expiring one that has already ended changes nothing and is
	 * not audited again.
	 */
	@Transactional
	public SilenceView expire(long id, Authentication authentication) {
		Editor editor = Editor.of(authentication);
		Silence silence = silences.find(id).orElseThrow(() -> NotFoundException.silence(id));
		if (!editor.manages() && !(editor.responder() && silence.createdBy().equals(editor.username()))) {
			throw new AccessDeniedException(
					"Only managers, admins and the responder who created it may expire silence " + id + ".");
		}
		Instant now = now();
		if (silences.expire(id, now, editor.username())) {
			audit.record(editor.username(), EXPIRED, "silence " + id,
					Map.of("matchers", SilenceView.of(silence, now).matchersText(), "plannedEnd",
							silence.endsAt().toString(), "matchedAlerts", silence.matchedAlerts()));
		}
		return get(id);
	}

	@Transactional(readOnly = true)
	public SilenceView get(long id) {
		return SilenceView.of(silences.find(id).orElseThrow(() -> NotFoundException.silence(id)), now());
	}

	/** Active and pending silences, then those that ended in the last week. */
	@Transactional(readOnly = true)
	public List<SilenceView> list() {
		Instant now = now();
		return silences.endingAfter(now.minus(RECENT)).stream().map(silence -> SilenceView.of(silence, now)).toList();
	}

	/** Active silences that match these labels now, such as an incident's alert. */
	@Transactional(readOnly = true)
	public List<SilenceView> matching(Map<String, String> labels) {
		Instant now = now();
		// activeAt leaves the counts out (intake asks it for every alert): read them here
		return silences.activeAt(now)
			.stream()
			.filter(silence -> silence.matches(labels))
			.map(silence -> SilenceView.of(silences.find(silence.id()).orElseThrow(), now))
			.toList();
	}

	/** The alerts it silenced, newest first. */
	@Transactional(readOnly = true)
	public List<SuppressedAlert> alerts(long id, int limit) {
		get(id);
		return suppressed.latest(new Suppression(Suppression.Kind.SILENCE, id), limit);
	}

	/**
	 * Whether this reader may create a silence for the incident: its team's responders,
	 * managers and admins.
	 */
	public boolean maySilence(Incident incident, Authentication authentication) {
		Editor editor = Editor.of(authentication);
		return editor.manages() || (editor.responder() && editor.teams().contains(incident.team()));
	}

	private Incident incidentOfOwnTeam(String number, Editor editor) {
		if (!editor.responder() || number == null || number.isBlank()) {
			throw new AccessDeniedException(
					"Only managers and admins create silences; a responder silences from an incident of their team.");
		}
		Incident incident;
		try {
			incident = incidents.get(number.strip());
		}
		catch (IncidentNotFoundException ex) {
			throw new AccessDeniedException(
					"A responder silences from an incident of their team; there is no " + number.strip() + ".");
		}
		if (!editor.teams().contains(incident.team())) {
			throw new AccessDeniedException(
					incident.number() + " belongs to team " + incident.team() + "; you may not silence its alert.");
		}
		return incident;
	}

	private Incident findIncident(String number, List<FieldError> errors) {
		try {
			return incidents.get(number.strip());
		}
		catch (IncidentNotFoundException ex) {
			errors.add(new FieldError("incident", "names no incident: " + number.strip()));
			return null;
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
