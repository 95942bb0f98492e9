package dev.firebreak.suppression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static dev.firebreak.suppression.SilenceRepository.instant;
import static dev.firebreak.suppression.SilenceRepository.toDb;

/** {@code fb_maintenance_window}, with each window's count of suppressed alerts. */
@Repository
class MaintenanceWindowRepository {

	private static final String SELECT = """
			select w.id, w.service, w.starts_at, w.ends_at, w.description, w.suppress_alerts, w.created_by,
			  w.created_at, w.updated_by, w.updated_at, w.cancelled_by, w.cancelled_at,
			  (select count(*) from fb_suppressed_alert a where a.window_id = w.id) as suppressed
			from fb_maintenance_window w""";

	private final JdbcClient jdbc;

	MaintenanceWindowRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(MaintenanceWindowRequest window, boolean suppressAlerts, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_maintenance_window (service, starts_at, ends_at, description, suppress_alerts,
				  created_by, created_at, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(window.service(), toDb(window.startsAt()), toDb(window.endsAt()), window.description(),
					suppressAlerts, by, toDb(at), by, toDb(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void update(long id, MaintenanceWindowRequest window, boolean suppressAlerts, String by, Instant at) {
		jdbc.sql("""
				update fb_maintenance_window set service = ?, starts_at = ?, ends_at = ?, description = ?,
				  suppress_alerts = ?, updated_by = ?, updated_at = ?
				where id = ?""")
			.params(window.service(), toDb(window.startsAt()), toDb(window.endsAt()), window.description(),
					suppressAlerts, by, toDb(at), id)
			.update();
	}

	/**
	 * Ends the window at {@code at}, or, if it has not started, shrinks it to nothing so
	 * that it never starts.
	 */
	boolean cancel(long id, String by, Instant at) {
		return jdbc.sql("""
				update fb_maintenance_window set cancelled_by = :by, cancelled_at = :at,
				  ends_at = case when starts_at > :at then starts_at else :at end
				where id = :id and ends_at > :at and cancelled_at is null""")
			.param("by", by)
			.param("at", toDb(at))
			.param("id", id)
			.update() == 1;
	}

	Optional<MaintenanceWindow> find(long id) {
		return jdbc.sql(SELECT + " where w.id = ?").param(id).query(this::map).optional();
	}

	/** The first window of the service that suppresses alerts at this moment. */
	Optional<MaintenanceWindow> suppressingAt(String service, Instant at) {
		return jdbc
			.sql(SELECT + " where w.service = :service and w.ends_at > :at and w.starts_at <= :at"
					+ " and w.suppress_alerts = :yes order by w.id")
			.param("service", service)
			.param("at", toDb(at))
			.param("yes", true)
			.query(this::map)
			.list()
			.stream()
			.findFirst();
	}

	/** Windows that end after {@code endedAfter} (upcoming and running ones included). */
	List<MaintenanceWindow> endingAfter(Instant endedAfter, String service) {
		JdbcClient.StatementSpec query = jdbc
			.sql(SELECT + " where w.ends_at > :after" + (service == null ? "" : " and w.service = :service")
					+ " order by w.starts_at, w.id")
			.param("after", toDb(endedAfter));
		if (service != null) {
			query = query.param("service", service);
		}
		return query.query(this::map).list();
	}

	/**
	 * Windows that overlap {@code [from, to)} or were planned to start in it, by start.
	 */
	List<MaintenanceWindow> overlapping(Instant from, Instant to) {
		return jdbc
			.sql(SELECT + " where w.starts_at < :to and (w.ends_at > :from or w.starts_at >= :from)"
					+ " order by w.starts_at, w.id")
			.param("from", toDb(from))
			.param("to", toDb(to))
			.query(this::map)
			.list();
	}

	private MaintenanceWindow map(ResultSet rs, int row) throws SQLException {
		return new MaintenanceWindow(rs.getLong("id"), rs.getString("service"), instant(rs, "starts_at"),
				instant(rs, "ends_at"), rs.getString("description"), rs.getBoolean("suppress_alerts"),
				rs.getString("created_by"), instant(rs, "created_at"), rs.getString("updated_by"),
				instant(rs, "updated_at"), rs.getString("cancelled_by"), instant(rs, "cancelled_at"),
				rs.getLong("suppressed"));
	}

}
