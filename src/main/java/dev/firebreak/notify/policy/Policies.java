package dev.firebreak.notify.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.notify.NotifyRequestException;
import dev.firebreak.failure.FieldError;
import dev.firebreak.notify.policy.EscalationPolicy.Level;
import dev.firebreak.notify.policy.EscalationPolicy.Target;
import dev.firebreak.notify.policy.EscalationPolicy.TargetKind;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.People;
import dev.firebreak.security.Role;
import dev.firebreak.security.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation policies: anyone signed in reads them; a team's managers and admins change
 * them. Every problem with a policy is reported at once, and nothing is saved until there
 * is none.
 */
@Service
@Transactional
public class Policies {

	static final int MAX_LEVELS = 10;

	static final int MAX_REPEATS = 10;

	static final int MAX_DELAY_MINUTES = 24 * 60;

	private final PolicyRepository policies;

	private final ServiceCatalogue catalogue;

	private final TeamDirectory teams;

	private final People people;

	private final Clock clock;

	Policies(PolicyRepository policies, ServiceCatalogue catalogue, TeamDirectory teams, People people, Clock clock) {
		this.policies = policies;
		this.catalogue = catalogue;
		this.teams = teams;
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<EscalationPolicy> list(String team) {
		return policies.all().stream().filter(policy -> team == null || policy.team().equals(team)).toList();
	}

	@Transactional(readOnly = true)
	public EscalationPolicy get(long id) {
		return policies.find(id)
			.orElseThrow(() -> NotifyRequestException.notFound("There is no escalation policy " + id + "."));
	}

	/** The schedules a level may target, for the policy editor. */
	@Transactional(readOnly = true)
	public List<ScheduleChoice> scheduleChoices() {
		return policies.schedules();
	}

	/** The policy, if it still exists (a climb outlives a deleted policy). */
	@Transactional(readOnly = true)
	public Optional<EscalationPolicy> find(long id) {
		return policies.find(id);
	}

	public EscalationPolicy create(PolicyRequest request, Actor actor) {
		PolicyRepository.Draft draft = check(request, null);
		requireMayChange(actor, draft.team());
		long id = policies.insert(draft, actor.username(), clock.instant());
		return get(id);
	}

	public EscalationPolicy update(long id, PolicyRequest request, Actor actor) {
		EscalationPolicy current = get(id);
		requireMayChange(actor, current.team());
		PolicyRepository.Draft draft = check(request, id);
		requireMayChange(actor, draft.team());
		policies.update(id, current.version(), draft, actor.username(), clock.instant());
		return get(id);
	}

	public void delete(long id, Actor actor) {
		EscalationPolicy current = get(id);
		requireMayChange(actor, current.team());
		policies.delete(id);
	}

	/**
	 * The policy an incident follows: its service's, while the incident belongs to that
	 * policy's team (after a reassignment the new team's policy applies), else its team's
	 * default.
	 */
	@Transactional(readOnly = true)
	public Optional<EscalationPolicy> forIncident(String service, String team) {
		Optional<EscalationPolicy> named = policies.forService(service)
			.flatMap(policies::find)
			.filter(policy -> policy.team().equals(team));
		return named.or(() -> policies.teamDefault(team).flatMap(policies::find));
	}

	/** Whether the person may change the team's policies (and schedules). */
	public static boolean mayChange(Actor actor, String team) {
		return actor.hasRole(Role.ADMIN) || (actor.hasRole(Role.MANAGER) && actor.isIn(team));
	}

	private static void requireMayChange(Actor actor, String team) {
		if (!mayChange(actor, team)) {
			throw new ActionDeniedException(
					"Only admins and the managers of team " + team + " may change its escalation policies.");
		}
	}

	private PolicyRepository.Draft check(PolicyRequest request, Long id) {
		List<FieldError> errors = new ArrayList<>();
		String team = request.team() == null ? "" : request.team().strip();
		if (!teams.isActive(team)) {
			errors.add(new FieldError("team", "must be an enabled team"));
		}
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			errors.add(new FieldError("name", "must be 1 to 200 characters"));
		}
		else if (policies.byName(team, name).filter(existing -> !existing.equals(id)).isPresent()) {
			errors.add(new FieldError("name", "is already the name of another policy of team " + team));
		}
		String description = request.description() == null || request.description().isBlank() ? null
				: request.description().strip();
		if (description != null && description.length() > 2000) {
			errors.add(new FieldError("description", "must be at most 2000 characters"));
		}
		List<Level> levels = levels(request.levels(), errors);
		int repeatCount = request.repeatCount() == null ? 1 : request.repeatCount();
		if (repeatCount < 1 || repeatCount > MAX_REPEATS) {
			errors.add(new FieldError("repeatCount", "must be 1 to " + MAX_REPEATS));
		}
		List<String> services = new ArrayList<>(
				new LinkedHashSet<>(request.services() == null ? List.of() : request.services()));
		for (int i = 0; i < services.size(); i++) {
			String service = services.get(i);
			Optional<MonitoredService> known = service == null ? Optional.empty() : catalogue.find(service);
			if (known.isEmpty()) {
				errors.add(new FieldError("services[" + i + "]", "is not a service in the catalogue"));
			}
			else if (policies.forService(service).filter(other -> !other.equals(id)).isPresent()) {
				errors.add(new FieldError("services[" + i + "]", "already names another escalation policy"));
			}
		}
		boolean teamDefault = Boolean.TRUE.equals(request.teamDefault());
		if (teamDefault && policies.teamDefault(team).filter(other -> !other.equals(id)).isPresent()) {
			errors.add(new FieldError("teamDefault", "team " + team + " already has a default policy"));
		}
		if (!errors.isEmpty()) {
			throw NotifyRequestException.invalid(errors);
		}
		return new PolicyRepository.Draft(team, name, description, levels, repeatCount, services, teamDefault);
	}

	private List<Level> levels(List<PolicyRequest.LevelRequest> requested, List<FieldError> errors) {
		if (requested == null || requested.isEmpty() || requested.size() > MAX_LEVELS) {
			errors.add(new FieldError("levels", "must hold 1 to " + MAX_LEVELS + " levels"));
			return List.of();
		}
		List<Level> levels = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			PolicyRequest.LevelRequest level = requested.get(i);
			String field = "levels[" + i + "]";
			if (level == null) {
				errors.add(new FieldError(field, "is missing"));
				continue;
			}
			int delay = level.delayMinutes() == null ? 0 : level.delayMinutes();
			if (delay < 1 || delay > MAX_DELAY_MINUTES) {
				errors.add(new FieldError(field + ".delayMinutes", "must be 1 to " + MAX_DELAY_MINUTES));
			}
			List<PolicyRequest.TargetRequest> targets = level.targets() == null ? List.of() : level.targets();
			if (targets.isEmpty()) {
				errors.add(new FieldError(field + ".targets", "must name at least one person, schedule or team"));
			}
			List<Target> checked = new ArrayList<>();
			for (int t = 0; t < targets.size(); t++) {
				target(targets.get(t), field + ".targets[" + t + "]", errors).ifPresent(checked::add);
			}
			levels.add(new Level(delay, checked));
		}
		return levels;
	}

	private Optional<Target> target(PolicyRequest.TargetRequest target, String field, List<FieldError> errors) {
		TargetKind kind;
		try {
			kind = TargetKind.valueOf(target.kind());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.add(new FieldError(field + ".kind", "must be USER, SCHEDULE or TEAM"));
			return Optional.empty();
		}
		String ref = target.ref() == null ? "" : target.ref().strip();
		boolean known = switch (kind) {
			case USER -> people.find(ref).isPresent();
			case TEAM -> teams.isActive(ref);
			case SCHEDULE -> ref.matches("\\d{1,18}") && policies.scheduleExists(Long.parseLong(ref));
		};
		if (!known) {
			errors.add(new FieldError(field + ".ref", switch (kind) {
				case USER -> "is not an enabled person";
				case TEAM -> "is not an enabled team";
				case SCHEDULE -> "is not a schedule's id";
			}));
			return Optional.empty();
		}
		return Optional.of(new Target(kind, ref));
	}

}
