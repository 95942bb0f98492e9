package dev.firebreak.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.firebreak.export.IssueLogRows.EntryRow;
import dev.firebreak.export.IssueLogRows.IncidentRow;
import dev.firebreak.export.IssueLogRows.TaskRow;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Resolution;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The issue log's read model: incidents by keyset pages of id (never OFFSET, never one
 * open cursor), then the timeline entries and tasks of just that page. Short queries work
 * the same on H2 and on MySQL, where a streaming result set would block every other
 * statement on its connection, and no page needs more memory than its own rows.
 */
@Component
class IssueLogReader {

	private static final String INCIDENT_COLUMNS = """
			id, title, service_name, team, severity, impact, priority, status, stage, resolution, escalation_level,
			duplicate_of, detected_at, acknowledged_at, mitigated_at, resolved_at, closed_at, ack_due_at,
			resolve_due_at, occurrences, recurrence_of, first_paged_at""";

	private final JdbcClient jdbc;

	IssueLogReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Where the export stops, taken before it starts, so that rows written meanwhile are
	 * left out consistently.
	 */
	Bounds bounds() {
		return new Bounds(jdbc.sql("select coalesce(max(id), 0) from fb_incident").query(Long.class).single(),
				jdbc.sql("select coalesce(max(id), 0) from fb_timeline_entry").query(Long.class).single());
	}

	/** The next page of matching incidents with ids above {@code after}. */
	List<IncidentRow> incidents(ExportFilters filters, long after, long maxIncident, int size) {
		Where where = where(filters);
		return jdbc
			.sql("select " + INCIDENT_COLUMNS + " from fb_incident where id > :after and id <= :max" + where.sql
					+ " order by id limit :size")
			.params(where.params)
			.param("after", after)
			.param("max", maxIncident)
			.param("size", size)
			.query(this::incident)
			.list();
	}

	/** The ids of the next page of matching incidents, for readers that need no more. */
	List<Long> incidentIds(ExportFilters filters, long after, long maxIncident, int size) {
		Where where = where(filters);
		return jdbc
			.sql("select id from fb_incident where id > :after and id <= :max" + where.sql + " order by id limit :size")
			.params(where.params)
			.param("after", after)
			.param("max", maxIncident)
			.param("size", size)
			.query(Long.class)
			.list();
	}

	/**
	 * Every entry of these incidents (ascending ids) up to the bound, by incident, then
	 * id. The bound is applied here, not in the query: with {@code id <= :max} in it, H2
	 * walked the whole table by primary key for every page instead of using the incident
	 * index (entries past the bound are only those written during the export).
	 */
	List<EntryRow> entries(List<Long> incidentIds, long maxEntry) {
		IdSet ids = IdSet.of(incidentIds);
		return jdbc
			.sql("select id, incident_id, at, actor, type, details, hash from fb_timeline_entry where " + ids.sql
					+ " order by incident_id, id")
			.params(ids.params)
			.query((rs, row) -> new EntryRow(rs.getLong(1), rs.getLong(2), instant(rs, 3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list()
			.stream()
			.filter(entry -> entry.id() <= maxEntry)
			.toList();
	}

	/** The newest entry up to the bound of each of these incidents: id and hash. */
	List<EntryRow> heads(Collection<Long> incidentIds, long maxEntry) {
		return jdbc.sql("""
				select e.id, e.incident_id, e.hash from fb_timeline_entry e
				where e.id = (select max(x.id) from fb_timeline_entry x where x.incident_id = e.incident_id
				  and x.id <= :max) and e.incident_id in (:ids)
				order by e.incident_id""")
			.param("ids", incidentIds)
			.param("max", maxEntry)
			.query((rs, row) -> new EntryRow(rs.getLong("id"), rs.getLong("incident_id"), null, null, null, null,
					rs.getString("hash")))
			.list();
	}

	/**
	 * Every human task of these incidents (ascending ids), by incident, then creation.
	 */
	List<TaskRow> tasks(List<Long> incidentIds) {
		IdSet ids = IdSet.of(incidentIds);
		return jdbc.sql("""
				select incident_id, stage, team, created_at, claimed_by, claimed_at, completed_by, completed_at,
				  ended_at, outcome
				from fb_work_task where""" + " " + ids.sql + " order by incident_id, created_at, task_id")
			.params(ids.params)
			.query((rs, row) -> new TaskRow(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
					rs.getString(5), instant(rs, 6), rs.getString(7), instant(rs, 8), instant(rs, 9), rs.getString(10)))
			.list();
	}

	/** Incidents, timeline entries and tasks the export will read: its progress total. */
	long countRows(ExportFilters filters, Bounds bounds) {
		Where where = where(filters);
		String incidents = "select id from fb_incident where id <= :maxIncident" + where.sql;
		long total = jdbc.sql("select count(*) from (" + incidents + ") i")
			.params(where.params)
			.param("maxIncident", bounds.maxIncident())
			.query(Long.class)
			.single();
		total += jdbc
			.sql("select count(*) from fb_timeline_entry where id <= :maxEntry and incident_id in (" + incidents + ")")
			.params(where.params)
			.param("maxIncident", bounds.maxIncident())
			.param("maxEntry", bounds.maxEntry())
			.query(Long.class)
			.single();
		total += jdbc.sql("select count(*) from fb_work_task where incident_id in (" + incidents + ")")
			.params(where.params)
			.param("maxIncident", bounds.maxIncident())
			.query(Long.class)
			.single();
		return total;
	}

	long countIncidents(ExportFilters filters) {
		Where where = where(filters);
		return jdbc.sql("select count(*) from fb_incident where 1 = 1" + where.sql)
			.params(where.params)
			.query(Long.class)
			.single();
	}

	/** The same conditions as the incident list's filters. */
	private static Where where(ExportFilters filters) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringJoiner sql = new StringJoiner(" and ", " and ", "").setEmptyValue("");
		if (filters.from() != null) {
			sql.add("detected_at >= :from");
			params.put("from", toDb(filters.from()));
		}
		if (filters.to() != null) {
			sql.add("detected_at < :to");
			params.put("to", toDb(filters.to()));
		}
		if (filters.service() != null) {
			sql.add("service_name = :service");
			params.put("service", filters.service());
		}
		if (filters.team() != null) {
			sql.add("team = :team");
			params.put("team", filters.team());
		}
		if (filters.priority() != null) {
			sql.add("priority = :priority");
			params.put("priority", filters.priority().name());
		}
		if (filters.status() != null) {
			sql.add("status = :status");
			params.put("status", filters.status().name());
		}
		return new Where(sql.toString(), params);
	}

	private IncidentRow incident(ResultSet rs, int row) throws SQLException {
		long duplicateOf = rs.getLong("duplicate_of");
		boolean noDuplicate = rs.wasNull();
		long recurrenceOf = rs.getLong("recurrence_of");
		boolean noRecurrence = rs.wasNull();
		String resolution = rs.getString("resolution");
		return new IncidentRow(rs.getLong("id"), rs.getString("title"), rs.getString("service_name"),
				rs.getString("team"), rs.getString("severity"), rs.getString("impact"), rs.getString("priority"),
				IncidentStatus.valueOf(rs.getString("status")), rs.getString("stage"),
				resolution == null ? null : Resolution.valueOf(resolution), rs.getInt("escalation_level"),
				noDuplicate ? null : duplicateOf, instant(rs, "detected_at"), instant(rs, "acknowledged_at"),
				instant(rs, "mitigated_at"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
				instant(rs, "ack_due_at"), instant(rs, "resolve_due_at"), rs.getInt("occurrences"),
				noRecurrence ? null : recurrenceOf, instant(rs, "first_paged_at"));
	}

	private static LocalDateTime toDb(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	/**
	 * @param maxEntry the newest timeline entry the export includes
	 */
	record Bounds(long maxIncident, long maxEntry) {
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/**
	 * Which incidents' rows a page reads. A page without gaps in its ids (every page of
	 * an unfiltered export) is read as an id range: H2 checks a list of parameters value
	 * by value for every row it reads, which cost more than the rest of the query.
	 */
	private record IdSet(String sql, Map<String, Object> params) {

		static IdSet of(List<Long> ascending) {
			long first = ascending.get(0);
			long last = ascending.get(ascending.size() - 1);
			if (last - first + 1 == ascending.size()) {
				return new IdSet("incident_id between :first and :last", Map.of("first", first, "last", last));
			}
			return new IdSet("incident_id in (:ids)", Map.of("ids", ascending));
		}

	}

}
