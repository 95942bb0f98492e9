package dev.firebreak.notify.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * Schedules in plain SQL, their layers as one JSON document. Times are stored as UTC
 * wall-clock values, like the other repositories, so that no time zone can shift them.
 */
@Repository
class ScheduleRepository {

	private static final String COLUMNS = "id, version, team, name, description, time_zone, layers, feed_generation";

	private static final TypeReference<List<Layer>> LAYERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ScheduleRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(ScheduleRequest schedule, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_schedule (version, team, name, description, time_zone, layers, feed_generation,
				  created_at, created_by, updated_at, updated_by)
				values (0, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(schedule.team(), schedule.name(), schedule.description(), schedule.timeZone(),
					write(schedule.layers()), toDb(at), by, toDb(at), by)
			.update(key);
		return key.getKey().longValue();
	}

	/**
	 * @throws OptimisticLockingFailureException when someone changed it since
	 * {@code version} was read
	 */
	void update(long id, int version, ScheduleRequest schedule, String by, Instant at) {
		int changed = jdbc.sql("""
				update fb_schedule set version = version + 1, name = ?, description = ?, time_zone = ?, layers = ?,
				  updated_at = ?, updated_by = ?
				where id = ? and version = ?""")
			.params(schedule.name(), schedule.description(), schedule.timeZone(), write(schedule.layers()), toDb(at),
					by, id, version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Schedule " + id + " was changed by someone else since version "
					+ version + ": read it again and repeat your change.");
		}
	}

	boolean delete(long id) {
		return jdbc.sql("delete from fb_schedule where id = ?").param(id).update() == 1;
	}

	Optional<Schedule> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_schedule where id = ?")
			.param(id)
			.query(this::schedule)
			.optional();
	}

	/** Every schedule, or the team's, by team and name. */
	List<Schedule> findAll(String team) {
		if (team == null) {
			return jdbc.sql("select " + COLUMNS + " from fb_schedule order by team, name").query(this::schedule).list();
		}
		return jdbc.sql("select " + COLUMNS + " from fb_schedule where team = ? order by name")
			.param(team)
			.query(this::schedule)
			.list();
	}

	/**
	 * Revokes the calendar feed URL. The version stays: the schedule itself did not
	 * change, and an editor's open form must not turn into a conflict.
	 */
	boolean bumpFeedGeneration(long id) {
		return jdbc.sql("update fb_schedule set feed_generation = feed_generation + 1 where id = ?")
			.param(id)
			.update() == 1;
	}

	private Schedule schedule(ResultSet rs, int row) throws SQLException {
		return new Schedule(rs.getLong("id"), rs.getString("team"), rs.getString("name"), rs.getString("description"),
				ZoneId.of(rs.getString("time_zone")), read(rs.getString("layers")), rs.getInt("feed_generation"),
				rs.getInt("version"));
	}

	private String write(List<Layer> layers) {
		try {
			return json.writeValueAsString(layers);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Layers cannot be written as JSON", ex);
		}
	}

	private List<Layer> read(String layers) {
		try {
			return json.readValue(layers, LAYERS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored layers cannot be read", ex);
		}
	}

	static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
