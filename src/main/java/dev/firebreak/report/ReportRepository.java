package dev.firebreak.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Resolution;
import dev.firebreak.incident.TimelineType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side's SQL over the incident feature's tables (incidents, timeline, service
 * catalogue). Reports are read models: reading these tables here is the designed
 * exception to "only through the feature's API", and it stays in this class. Times are
 * UTC wall-clock values, as the incident feature writes them.
 */
@Repository
class ReportRepository {

	private static final String INCIDENT_COLUMNS = """
			id, title, service_name, priority, status, resolution, detected_at, acknowledged_at, mitigated_at,
			resolved_at, closed_at, ack_due_at, resolve_due_at, recurrence_of, first_paged_at""";

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ReportRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<ServiceInfo> services() {
		return jdbc.sql("select name, tier, owning_team, uptime_target from fb_service order by name")
			.query((rs, row) -> new ServiceInfo(rs.getString("name"), rs.getInt("tier"), rs.getString("owning_team"),
					rs.getBigDecimal("uptime_target")))
			.list();
	}

	/** Incidents detected, acknowledged or resolved within the period. */
	List<IncidentFact> incidentsActiveIn(Period period) {
		return jdbc.sql("select " + INCIDENT_COLUMNS + " from fb_incident where"
				+ " (detected_at >= :from and detected_at < :to) or (acknowledged_at >= :from and acknowledged_at < :to)"
				+ " or (resolved_at >= :from and resolved_at < :to) order by id")
			.param("from", toDb(period.from()))
			.param("to", toDb(period.to()))
			.query(this::incident)
			.list();
	}

	/** Incidents whose acknowledge or resolve due time falls within the period. */
	List<IncidentFact> incidentsDueIn(Period period) {
		return jdbc.sql("select " + INCIDENT_COLUMNS + " from fb_incident where"
				+ " (ack_due_at >= :from and ack_due_at < :to) or (resolve_due_at >= :from and resolve_due_at < :to)"
				+ " order by id")
			.param("from", toDb(period.from()))
			.param("to", toDb(period.to()))
			.query(this::incident)
			.list();
	}

	/**
	 * Incidents that, at {@code at}, were detected, past their resolve due time, not
	 * resolved and not cancelled.
	 */
	List<IncidentFact> openPastResolveDue(Instant at) {
		return jdbc
			.sql("select " + INCIDENT_COLUMNS + " from fb_incident where detected_at < :at"
					+ " and resolve_due_at < :at and (resolved_at is null or resolved_at >= :at)"
					+ " and (status <> :cancelled or closed_at >= :at) order by resolve_due_at, id")
			.param("at", toDb(at))
			.param("cancelled", IncidentStatus.CANCELLED.name())
			.query(this::incident)
			.list();
	}

	/** Timeline entries of one type within the period, oldest first. */
	List<TimelineFact> entries(TimelineType type, Period period) {
		return jdbc
			.sql("select t.incident_id, t.at, t.actor, t.details, i.service_name, i.title from fb_timeline_entry t"
					+ " join fb_incident i on i.id = t.incident_id"
					+ " where t.type = :type and t.at >= :from and t.at < :to order by t.at, t.id")
			.param("type", type.name())
			.param("from", toDb(period.from()))
			.param("to", toDb(period.to()))
			.query((rs, row) -> new TimelineFact(rs.getLong("incident_id"), rs.getString("service_name"),
					rs.getString("title"), instant(rs, "at"), rs.getString("actor"), details(rs.getString("details"))))
			.list();
	}

	/**
	 * Incidents detected within the period that repeat an earlier one (same alert key).
	 */
	List<IncidentFact> recurrencesDetectedIn(Period period) {
		return jdbc
			.sql("select " + INCIDENT_COLUMNS + " from fb_incident where recurrence_of is not null"
					+ " and detected_at >= :from and detected_at < :to order by id")
			.param("from", toDb(period.from()))
			.param("to", toDb(period.to()))
			.query(this::incident)
			.list();
	}

	private IncidentFact incident(ResultSet rs, int row) throws SQLException {
		String priority = rs.getString("priority");
		String resolution = rs.getString("resolution");
		return new IncidentFact(rs.getLong("id"), rs.getString("title"), rs.getString("service_name"),
				priority == null ? null : Priority.valueOf(priority), IncidentStatus.valueOf(rs.getString("status")),
				resolution == null ? null : Resolution.valueOf(resolution), instant(rs, "detected_at"),
				instant(rs, "acknowledged_at"), instant(rs, "mitigated_at"), instant(rs, "resolved_at"),
				instant(rs, "closed_at"), instant(rs, "ack_due_at"), instant(rs, "resolve_due_at"),
				rs.getObject("recurrence_of", Long.class), instant(rs, "first_paged_at"));
	}

	private Map<String, Object> details(String text) {
		if (text == null) {
			return Map.of();
		}
		try {
			return json.readValue(text, DETAILS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A timeline entry's details are not JSON", ex);
		}
	}

	static LocalDateTime toDb(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
