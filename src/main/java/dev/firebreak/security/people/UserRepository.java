package dev.firebreak.security.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.firebreak.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.firebreak.security.people.UtcColumns.instant;
import static dev.firebreak.security.people.UtcColumns.toDb;

/** {@code fb_user} and {@code fb_user_role}, with each person's enabled teams. */
@Repository
public class UserRepository {

	private static final String COLUMNS = "username, display_name, email, enabled, locked_until, created_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(String username) {
		return jdbc.sql("select count(*) from fb_user where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	long count() {
		return jdbc.sql("select count(*) from fb_user").query(Long.class).single();
	}

	public void insert(String username, String displayName, String email, String passwordHash, Instant createdAt) {
		jdbc.sql("""
				insert into fb_user (username, display_name, email, password_hash, enabled, failed_attempts, created_at)
				values (?, ?, ?, ?, ?, 0, ?)""")
			.params(username, displayName, email, passwordHash, true, toDb(createdAt))
			.update();
	}

	public void update(String username, String displayName, String email) {
		jdbc.sql("update fb_user set display_name = ?, email = ? where username = ?")
			.params(displayName, email, username)
			.update();
	}

	public void setPasswordHash(String username, String passwordHash) {
		jdbc.sql("update fb_user set password_hash = ? where username = ?").params(passwordHash, username).update();
	}

	/** The person's chosen time zone id, empty when they have chosen none. */
	public Optional<String> timeZone(String username) {
		return jdbc.sql("select time_zone from fb_user where username = ? and time_zone is not null")
			.param(username)
			.query(String.class)
			.optional();
	}

	public void setTimeZone(String username, String zone) {
		jdbc.sql("update fb_user set time_zone = ? where username = ?").params(zone, username).update();
	}

	/** Stores the zone only if the person has none yet; whether it did. */
	boolean setTimeZoneIfNone(String username, String zone) {
		return jdbc.sql("update fb_user set time_zone = ? where username = ? and time_zone is null")
			.params(zone, username)
			.update() == 1;
	}

	public void setEnabled(String username, boolean enabled) {
		jdbc.sql("update fb_user set enabled = ? where username = ?").params(enabled, username).update();
	}

	public void replaceRoles(String username, Collection<Role> roles) {
		jdbc.sql("delete from fb_user_role where username = ?").param(username).update();
		for (Role role : roles) {
			jdbc.sql("insert into fb_user_role (username, role) values (?, ?)").params(username, role.name()).update();
		}
	}

	public Optional<UserAccount> find(String username) {
		return jdbc.sql("select " + COLUMNS + " from fb_user where username = ?")
			.param(username)
			.query(this::account)
			.optional()
			.map(this::withRolesAndTeams);
	}

	/** The stored hash, or empty for an unknown user or one who signs in only by SSO. */
	public Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from fb_user where username = ? and password_hash is not null")
			.param(username)
			.query(String.class)
			.optional();
	}

	public List<UserAccount> all() {
		List<UserAccount> users = jdbc.sql("select " + COLUMNS + " from fb_user order by username")
			.query(this::account)
			.list();
		Map<String, Set<Role>> roles = new HashMap<>();
		jdbc.sql("select username, role from fb_user_role").query(rs -> {
			roles.computeIfAbsent(rs.getString("username"), u -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString("role")));
		});
		Map<String, Set<String>> teams = new HashMap<>();
		jdbc.sql(
				"select m.username, m.team from fb_team_member m join fb_team t on t.name = m.team where t.enabled = ?")
			.param(true)
			.query(rs -> {
				teams.computeIfAbsent(rs.getString("username"), u -> new TreeSet<>()).add(rs.getString("team"));
			});
		return users.stream()
			.map(u -> new UserAccount(u.username(), u.displayName(), u.email(), u.enabled(), u.lockedUntil(),
					u.createdAt(), roles.getOrDefault(u.username(), Set.of()),
					teams.getOrDefault(u.username(), Set.of())))
			.toList();
	}

	/** Usernames of enabled people holding the role. */
	public List<String> enabledWithRole(Role role) {
		return jdbc.sql("""
				select u.username from fb_user u join fb_user_role r on r.username = u.username
				where r.role = ? and u.enabled = ?""").params(role.name(), true).query(String.class).list();
	}

	// Failed sign-ins and lock-out

	public int failedAttempts(String username) {
		return jdbc.sql("select failed_attempts from fb_user where username = ?")
			.param(username)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * @return whether the user exists
	 */
	public boolean countFailure(String username) {
		return jdbc.sql("update fb_user set failed_attempts = failed_attempts + 1 where username = ?")
			.param(username)
			.update() == 1;
	}

	public void lock(String username, Instant until) {
		jdbc.sql("update fb_user set failed_attempts = 0, locked_until = ? where username = ?")
			.params(toDb(until), username)
			.update();
	}

	public void clearFailures(String username) {
		jdbc.sql("update fb_user set failed_attempts = 0, locked_until = null where username = ?")
			.param(username)
			.update();
	}

	private UserAccount withRolesAndTeams(UserAccount user) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from fb_user_role where username = ?")
			.param(user.username())
			.query(String.class)
			.list()
			.forEach(role -> roles.add(Role.valueOf(role)));
		Set<String> teams = new TreeSet<>(jdbc.sql("""
				select m.team from fb_team_member m join fb_team t on t.name = m.team
				where m.username = ? and t.enabled = ?""").params(user.username(), true).query(String.class).list());
		return new UserAccount(user.username(), user.displayName(), user.email(), user.enabled(), user.lockedUntil(),
				user.createdAt(), Set.copyOf(roles), Set.copyOf(teams));
	}

	private UserAccount account(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				rs.getBoolean("enabled"), instant(rs, "locked_until"), instant(rs, "created_at"), Set.of(), Set.of());
	}

}
