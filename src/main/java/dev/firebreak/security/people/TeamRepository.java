package dev.firebreak.security.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.firebreak.security.people.UtcColumns.instant;
import static dev.firebreak.security.people.UtcColumns.toDb;

/** {@code fb_team} and {@code fb_team_member}. */
@Repository
public class TeamRepository {

	private final JdbcClient jdbc;

	TeamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(String name) {
		return jdbc.sql("select count(*) from fb_team where name = ?").param(name).query(Long.class).single() > 0;
	}

	public boolean isEnabled(String name) {
		return jdbc.sql("select count(*) from fb_team where name = ? and enabled = ?")
			.params(name, true)
			.query(Long.class)
			.single() > 0;
	}

	void insert(String name, String displayName, Instant createdAt) {
		jdbc.sql("insert into fb_team (name, display_name, enabled, created_at) values (?, ?, ?, ?)")
			.params(name, displayName, true, toDb(createdAt))
			.update();
	}

	void update(String name, String displayName) {
		jdbc.sql("update fb_team set display_name = ? where name = ?").params(displayName, name).update();
	}

	void setEnabled(String name, boolean enabled) {
		jdbc.sql("update fb_team set enabled = ? where name = ?").params(enabled, name).update();
	}

	boolean isMember(String team, String username) {
		return jdbc.sql("select count(*) from fb_team_member where team = ? and username = ?")
			.params(team, username)
			.query(Long.class)
			.single() > 0;
	}

	public void addMember(String team, String username) {
		jdbc.sql("insert into fb_team_member (team, username) values (?, ?)").params(team, username).update();
	}

	public void removeMember(String team, String username) {
		jdbc.sql("delete from fb_team_member where team = ? and username = ?").params(team, username).update();
	}

	public Optional<Team> find(String name) {
		List<String> members = jdbc.sql("select username from fb_team_member where team = ? order by username")
			.param(name)
			.query(String.class)
			.list();
		return jdbc.sql("select name, display_name, enabled, created_at from fb_team where name = ?")
			.param(name)
			.query((rs, row) -> new Team(rs.getString("name"), rs.getString("display_name"), rs.getBoolean("enabled"),
					instant(rs, "created_at"), members))
			.optional();
	}

	public List<Team> all() {
		Map<String, List<String>> members = new HashMap<>();
		jdbc.sql("select team, username from fb_team_member order by username").query(rs -> {
			members.computeIfAbsent(rs.getString("team"), t -> new ArrayList<>()).add(rs.getString("username"));
		});
		return jdbc.sql("select name, display_name, enabled, created_at from fb_team order by name")
			.query((rs, row) -> new Team(rs.getString("name"), rs.getString("display_name"), rs.getBoolean("enabled"),
					instant(rs, "created_at"), List.copyOf(members.getOrDefault(rs.getString("name"), List.of()))))
			.list();
	}

}
