package dev.firebreak.security.people;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.Actor;
import dev.firebreak.security.InvalidRequestException;
import dev.firebreak.security.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.AUDITOR;

/**
 * Admins manage teams and who is in them; auditors may read them. A disabled team keeps
 * its members on record but gives them nothing: its queue is nobody's until it is enabled
 * again or its services and incidents move to another team.
 */
@Service
@Transactional
class TeamAdminService {

	static final String TEAM_CREATED = "TEAM_CREATED";

	static final String TEAM_UPDATED = "TEAM_UPDATED";

	static final String TEAM_DISABLED = "TEAM_DISABLED";

	static final String TEAM_ENABLED = "TEAM_ENABLED";

	static final String TEAM_MEMBER_ADDED = "TEAM_MEMBER_ADDED";

	static final String TEAM_MEMBER_REMOVED = "TEAM_MEMBER_REMOVED";

	private final TeamRepository teams;

	private final UserRepository users;

	private final SignedInSessions sessions;

	private final AuditLog audit;

	private final Clock clock;

	TeamAdminService(TeamRepository teams, UserRepository users, SignedInSessions sessions, AuditLog audit,
			Clock clock) {
		this.teams = teams;
		this.users = users;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Team> list(Actor actor) {
		actor.requireAnyRole("list teams", ADMIN, AUDITOR);
		return teams.all();
	}

	@Transactional(readOnly = true)
	Team get(Actor actor, String name) {
		actor.requireAnyRole("read teams", ADMIN, AUDITOR);
		return find(name);
	}

	public Team create(Actor actor, TeamRequests.Create request) {
		actor.requireAnyRole("create teams", ADMIN);
		if (teams.exists(request.name())) {
			throw Problems.conflict("There is already a team named " + request.name() + ".");
		}
		String displayName = request.displayName() == null || request.displayName().isBlank() ? request.name()
				: request.displayName();
		teams.insert(request.name(), displayName, clock.instant().truncatedTo(ChronoUnit.SECONDS));
		Team created = find(request.name());
		audit.record(actor.username(), TEAM_CREATED, request.name(), Map.of("after", created));
		return created;
	}

	Team update(Actor actor, String name, TeamRequests.Update request) {
		actor.requireAnyRole("change teams", ADMIN);
		Team before = find(name);
		teams.update(name, request.displayName());
		return audited(actor, TEAM_UPDATED, before);
	}

	Team disable(Actor actor, String name) {
		actor.requireAnyRole("disable teams", ADMIN);
		Team before = find(name);
		teams.setEnabled(name, false);
		before.members().forEach(sessions::end);
		return audited(actor, TEAM_DISABLED, before);
	}

	Team enable(Actor actor, String name) {
		actor.requireAnyRole("enable teams", ADMIN);
		Team before = find(name);
		teams.setEnabled(name, true);
		before.members().forEach(sessions::end);
		return audited(actor, TEAM_ENABLED, before);
	}

	/** Adding someone who is already a member changes nothing. */
	public Team addMember(Actor actor, String name, String username) {
		actor.requireAnyRole("change team members", ADMIN);
		Team before = find(name);
		if (!users.exists(username)) {
			throw new InvalidRequestException("username", "is not a known user");
		}
		if (teams.isMember(name, username)) {
			return before;
		}
		teams.addMember(name, username);
		sessions.end(username);
		audit.record(actor.username(), TEAM_MEMBER_ADDED, name, Map.of("username", username));
		return find(name);
	}

	public Team removeMember(Actor actor, String name, String username) {
		actor.requireAnyRole("change team members", ADMIN);
		find(name);
		if (!teams.isMember(name, username)) {
			throw Problems.notFound(username + " is not a member of team " + name + ".");
		}
		teams.removeMember(name, username);
		sessions.end(username);
		audit.record(actor.username(), TEAM_MEMBER_REMOVED, name, Map.of("username", username));
		return find(name);
	}

	private Team audited(Actor actor, String action, Team before) {
		Team after = find(before.name());
		audit.record(actor.username(), action, before.name(), Map.of("before", before, "after", after));
		return after;
	}

	private Team find(String name) {
		return teams.find(name).orElseThrow(() -> Problems.notFound("There is no team " + name + "."));
	}

}
