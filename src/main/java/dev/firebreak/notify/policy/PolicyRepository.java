package dev.firebreak.notify.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Escalation policies in plain SQL. A policy's levels are one JSON document, read and
 * written with the policy; which services name it and whether it is its team's default
 * are rows of their own, so that a service or a team has one policy at most (primary
 * keys).
 */
@Repository
class PolicyRepository {

	private static final TypeReference<List<EscalationPolicy.Level>> LEVELS = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, version, team, name, description, levels, repeat_count, updated_at, updated_by";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PolicyRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(Draft draft, String actor, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_escalation_policy (version, team, name, description, levels, repeat_count, created_at,
				  created_by, updated_at, updated_by)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.team(), draft.name(), draft.description(), toJson(draft.levels()), draft.repeatCount(),
					toDb(at), actor, toDb(at), actor)
			.update(key);
		long id = key.getKey().longValue();
		writeAssignments(id, draft);
		return id;
	}

	void update(long id, int version, Draft draft, String actor, Instant at) {
		int updated = jdbc.sql("""
				update fb_escalation_policy set version = version + 1, team = ?, name = ?, description = ?, levels = ?,
				  repeat_count = ?, updated_at = ?, updated_by = ?
				where id = ? and version = ?""")
			.params(draft.team(), draft.name(), draft.description(), toJson(draft.levels()), draft.repeatCount(),
					toDb(at), actor, id, version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Escalation policy " + id + " was changed by someone else; reload and try again.");
		}
		jdbc.sql("delete from fb_service_policy where policy_id = ?").param(id).update();
		jdbc.sql("delete from fb_team_policy where policy_id = ?").param(id).update();
		writeAssignments(id, draft);
	}

	void delete(long id) {
		jdbc.sql("delete from fb_service_policy where policy_id = ?").param(id).update();
		jdbc.sql("delete from fb_team_policy where policy_id = ?").param(id).update();
		jdbc.sql("delete from fb_escalation_policy where id = ?").param(id).update();
	}

	Optional<EscalationPolicy> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_escalation_policy where id = ?")
			.param(id)
			.query(this::policy)
			.optional()
			.map(this::withAssignments);
	}

	List<EscalationPolicy> all() {
		return jdbc.sql("select " + COLUMNS + " from fb_escalation_policy order by team, name")
			.query(this::policy)
			.list()
			.stream()
			.map(this::withAssignments)
			.toList();
	}

	Optional<Long> byName(String team, String name) {
		return jdbc.sql("select id from fb_escalation_policy where team = ? and name = ?")
			.params(team, name)
			.query(Long.class)
			.optional();
	}

	Optional<Long> forService(String service) {
		return jdbc.sql("select policy_id from fb_service_policy where service = ?")
			.param(service)
			.query(Long.class)
			.optional();
	}

	Optional<Long> teamDefault(String team) {
		return jdbc.sql("select policy_id from fb_team_policy where team = ?").param(team).query(Long.class).optional();
	}

	/** Every schedule, for picking a policy's targets: id, team and name. */
	List<ScheduleChoice> schedules() {
		return jdbc.sql("select id, team, name from fb_schedule order by team, name")
			.query((rs, row) -> new ScheduleChoice(rs.getLong("id"), rs.getString("team"), rs.getString("name")))
			.list();
	}

	boolean scheduleExists(long id) {
		return jdbc.sql("select count(*) from fb_schedule where id = ?").param(id).query(Long.class).single() > 0;
	}

	private void writeAssignments(long id, Draft draft) {
		for (String service : draft.services()) {
			jdbc.sql("insert into fb_service_policy (service, policy_id) values (?, ?)").params(service, id).update();
		}
		if (draft.teamDefault()) {
			jdbc.sql("insert into fb_team_policy (team, policy_id) values (?, ?)").params(draft.team(), id).update();
		}
	}

	private EscalationPolicy withAssignments(EscalationPolicy policy) {
		List<String> services = jdbc.sql("select service from fb_service_policy where policy_id = ? order by service")
			.param(policy.id())
			.query(String.class)
			.list();
		boolean teamDefault = teamDefault(policy.team()).filter(id -> id == policy.id()).isPresent();
		return new EscalationPolicy(policy.id(), policy.version(), policy.team(), policy.name(), policy.description(),
				policy.levels(), policy.repeatCount(), services, teamDefault, policy.updatedAt(), policy.updatedBy());
	}

	private EscalationPolicy policy(ResultSet rs, int row) throws SQLException {
		return new EscalationPolicy(rs.getLong("id"), rs.getInt("version"), rs.getString("team"), rs.getString("name"),
				rs.getString("description"), fromJson(rs.getString("levels")), rs.getInt("repeat_count"), List.of(),
				false, instant(rs, "updated_at"), rs.getString("updated_by"));
	}

	private String toJson(List<EscalationPolicy.Level> levels) {
		try {
			return json.writeValueAsString(levels);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<EscalationPolicy.Level> fromJson(String levels) {
		try {
			return json.readValue(levels, LEVELS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable levels of an escalation policy", ex);
		}
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	/** A checked policy, ready to store. */
	record Draft(String team, String name, String description, List<EscalationPolicy.Level> levels, int repeatCount,
			List<String> services, boolean teamDefault) {
	}

}
