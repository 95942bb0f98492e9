package dev.firebreak.security.people;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Problems;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.AUDITOR;

/**
 * Admins manage people; auditors may read them (access reviews). The API and the admin
 * pages both come here, so the same rules hold at both doors. Every change is audited
 * with the person before and after, never with a password or its hash.
 */
@Service
@Transactional
class UserAdminService {

	static final String USER_CREATED = "USER_CREATED";

	static final String USER_UPDATED = "USER_UPDATED";

	static final String USER_DISABLED = "USER_DISABLED";

	static final String USER_ENABLED = "USER_ENABLED";

	static final String USER_UNLOCKED = "USER_UNLOCKED";

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final SignedInSessions sessions;

	private final AuditLog audit;

	private final Clock clock;

	UserAdminService(UserRepository users, PasswordEncoder passwords, SignedInSessions sessions, AuditLog audit,
			Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<UserView> list(Actor actor) {
		actor.requireAnyRole("list people", ADMIN, AUDITOR);
		return users.all().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public UserView get(Actor actor, String username) {
		actor.requireAnyRole("read people", ADMIN, AUDITOR);
		return view(find(username));
	}

	public UserView create(Actor actor, UserRequests.Create request) {
		actor.requireAnyRole("create people", ADMIN);
		if (users.exists(request.username())) {
			throw Problems.conflict("There is already a user named " + request.username() + ".");
		}
		users.insert(request.username(), request.displayName(), request.email(), passwords.encode(request.password()),
				clock.instant().truncatedTo(ChronoUnit.SECONDS));
		users.replaceRoles(request.username(), request.roles());
		UserView created = view(find(request.username()));
		audit.record(actor.username(), USER_CREATED, request.username(), Map.of("after", created));
		return created;
	}

	public UserView update(Actor actor, String username, UserRequests.Update request) {
		actor.requireAnyRole("change people", ADMIN);
		UserView before = view(find(username));
		if (before.roles().contains(ADMIN) && !request.roles().contains(ADMIN)) {
			requireAnotherAdmin(username, "lose the admin role");
		}
		users.update(username, request.displayName(), request.email());
		users.replaceRoles(username, request.roles());
		if (request.password() != null) {
			users.setPasswordHash(username, passwords.encode(request.password()));
			users.clearFailures(username);
		}
		UserView after = view(find(username));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", before);
		details.put("after", after);
		details.put("passwordChanged", request.password() != null);
		audit.record(actor.username(), USER_UPDATED, username, details);
		if (!Set.copyOf(before.roles()).equals(Set.copyOf(after.roles())) || request.password() != null) {
			sessions.end(username);
		}
		return after;
	}

	public UserView disable(Actor actor, String username) {
		actor.requireAnyRole("disable people", ADMIN);
		UserView before = view(find(username));
		if (before.enabled() && before.roles().contains(ADMIN)) {
			requireAnotherAdmin(username, "be disabled");
		}
		users.setEnabled(username, false);
		sessions.end(username);
		return audited(actor, USER_DISABLED, before);
	}

	public UserView enable(Actor actor, String username) {
		actor.requireAnyRole("enable people", ADMIN);
		UserView before = view(find(username));
		users.setEnabled(username, true);
		return audited(actor, USER_ENABLED, before);
	}

	/** Ends a lock-out before it runs out. */
	public UserView unlock(Actor actor, String username) {
		actor.requireAnyRole("unlock people", ADMIN);
		UserView before = view(find(username));
		users.clearFailures(username);
		return audited(actor, USER_UNLOCKED, before);
	}

	private UserView audited(Actor actor, String action, UserView before) {
		UserView after = view(find(before.username()));
		audit.record(actor.username(), action, before.username(), Map.of("before", before, "after", after));
		return after;
	}

	/** Somebody must always be able to manage people. */
	private void requireAnotherAdmin(String username, String change) {
		if (users.enabledWithRole(ADMIN).stream().noneMatch(other -> !other.equals(username))) {
			throw Problems.conflict(username + " is the last enabled admin and cannot " + change + ".");
		}
	}

	private UserAccount find(String username) {
		return users.find(username).orElseThrow(() -> Problems.notFound("There is no user " + username + "."));
	}

	private UserView view(UserAccount account) {
		return UserView.of(account, users.passwordHash(account.username()).isPresent(), clock.instant());
	}

}
