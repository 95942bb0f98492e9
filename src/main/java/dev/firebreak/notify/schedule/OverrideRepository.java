package dev.firebreak.notify.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static dev.firebreak.notify.schedule.ScheduleRepository.instant;
import static dev.firebreak.notify.schedule.ScheduleRepository.toDb;

/** Overrides in plain SQL; they go with their schedule (the foreign key cascades). */
@Repository
class OverrideRepository {

	private static final String COLUMNS = "id, schedule_id, username, start_at, end_at, note, created_by";

	private final JdbcClient jdbc;

	OverrideRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long scheduleId, OverrideRequest override, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_schedule_override (schedule_id, username, start_at, end_at, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(scheduleId, override.username(), toDb(override.start()), toDb(override.end()), override.note(),
					toDb(at), by)
			.update(key);
		return key.getKey().longValue();
	}

	Optional<ScheduleOverride> find(long scheduleId, long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_schedule_override where schedule_id = ? and id = ?")
			.params(scheduleId, id)
			.query(OverrideRepository::override)
			.optional();
	}

	boolean delete(long scheduleId, long id) {
		return jdbc.sql("delete from fb_schedule_override where schedule_id = ? and id = ?")
			.params(scheduleId, id)
			.update() == 1;
	}

	/** The schedule's overrides that overlap {@code [from, to)}, oldest first. */
	List<ScheduleOverride> overlapping(long scheduleId, Instant from, Instant to) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_schedule_override where schedule_id = ? and end_at > ?"
					+ " and start_at < ? order by start_at, id")
			.params(scheduleId, toDb(from), toDb(to))
			.query(OverrideRepository::override)
			.list();
	}

	/** The schedule's overrides that end after {@code from}, by start. */
	List<ScheduleOverride> endingAfter(long scheduleId, Instant from) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_schedule_override where schedule_id = ? and end_at > ?"
					+ " order by start_at, id")
			.params(scheduleId, toDb(from))
			.query(OverrideRepository::override)
			.list();
	}

	private static ScheduleOverride override(ResultSet rs, int row) throws SQLException {
		return new ScheduleOverride(rs.getLong("id"), rs.getLong("schedule_id"), rs.getString("username"),
				instant(rs, "start_at"), instant(rs, "end_at"), rs.getString("note"), rs.getString("created_by"));
	}

}
