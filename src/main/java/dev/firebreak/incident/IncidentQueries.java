package dev.firebreak.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the incident feature for readers of many incidents: the issue-log
 * export, which streams incidents and their timelines in keyset pages, the reports, and
 * paging's dashboard figures. Other features read incidents and timelines only through
 * this class and {@link IncidentService}, never with SQL of their own.
 * <p>
 * Every query is short: pages of ids, never OFFSET and never one open cursor, so that
 * they work the same on H2 and on MySQL (where a streaming result set would block every
 * other statement on its connection), and a reader needs no more memory than a page.
 */
@Component
public class IncidentQueries {

	private static final String COLUMNS = """
			id, title, service_name, team, severity, impact, priority, status, stage, resolution, escalation_level,
			duplicate_of, detected_at, acknowledged_at, mitigated_at, resolved_at, closed_at, ack_due_at,
			resolve_due_at, occurrences, recurrence_of, first_paged_at""";

	/** Statuses of incidents that are not over: someone may still have to act. */
	private static final List<String> NOT_OVER = EnumSet
		.complementOf(EnumSet.of(IncidentStatus.RESOLVED, IncidentStatus.CLOSED, IncidentStatus.CANCELLED))
		.stream()
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;

	IncidentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number of the open incident an integration's alert key holds, if any: how a
	 * sender's page links to what its alert raised.
	 */
	public Optional<String> openNumber(long integrationId, String dedupKey) {
		return jdbc.sql("select id from fb_incident where open_dedup_key = ?")
			.param(integrationId + ":" + dedupKey)
			.query(Long.class)
			.optional()
			.map(Incident::number);
	}

	/** The newest incident's id (0 when there is none): a bound for a consistent read. */
	public long lastIncidentId() {
		return jdbc.sql("select coalesce(max(id), 0) from fb_incident").query(Long.class).single();
	}

	/** The newest timeline entry's id (0 when there is none). */
	public long lastTimelineEntryId() {
		return jdbc.sql("select coalesce(max(id), 0) from fb_timeline_entry").query(Long.class).single();
	}

	/**
	 * The next page of matching incidents: ids above {@code after} and up to
	 * {@code last}, ascending.
	 */
	public List<IncidentRecord> page(IncidentFilter filter, long after, long last, int size) {
		IncidentConditions where = IncidentConditions.of(filter);
		if (where.none()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from fb_incident where id > :after and id <= :last" + where.sql()
					+ " order by id limit :size")
			.params(where.params())
			.param("after", after)
			.param("last", last)
			.param("size", size)
			.query(IncidentQueries::incident)
			.list();
	}

	/** The ids of the next page of matching incidents, for readers that need no more. */
	public List<Long> idPage(IncidentFilter filter, long after, long last, int size) {
		IncidentConditions where = IncidentConditions.of(filter);
		if (where.none()) {
			return List.of();
		}
		return jdbc
			.sql("select id from fb_incident where id > :after and id <= :last" + where.sql()
					+ " order by id limit :size")
			.params(where.params())
			.param("after", after)
			.param("last", last)
			.param("size", size)
			.query(Long.class)
			.list();
	}

	/** How many incidents match, up to the id {@code last}. */
	public long count(IncidentFilter filter, long last) {
		IncidentConditions where = IncidentConditions.of(filter);
		if (where.none()) {
			return 0;
		}
		return jdbc.sql("select count(*) from fb_incident where id <= :last" + where.sql())
			.params(where.params())
			.param("last", last)
			.query(Long.class)
			.single();
	}

	/**
	 * How many timeline entries, up to the id {@code lastEntry}, the matching incidents
	 * up to {@code lastIncident} have.
	 */
	public long countTimelineEntries(IncidentFilter filter, long lastIncident, long lastEntry) {
		IncidentConditions where = IncidentConditions.of(filter);
		if (where.none()) {
			return 0;
		}
		return jdbc
			.sql("select count(*) from fb_timeline_entry where id <= :lastEntry and incident_id in"
					+ " (select id from fb_incident where id <= :lastIncident" + where.sql() + ")")
			.params(where.params())
			.param("lastIncident", lastIncident)
			.param("lastEntry", lastEntry)
			.query(Long.class)
			.single();
	}

	/**
	 * Every timeline entry of these incidents up to the id {@code lastEntry}, by
	 * incident, then id. The bound is applied here, not in the query: with
	 * {@code id <= :lastEntry} in it, H2 walked the whole table by primary key for every
	 * page instead of using the incident index (entries past the bound are only those
	 * written while the reader reads).
	 * @param ascendingIds incident ids in ascending order, at least one
	 */
	public List<TimelineRecord> timelines(List<Long> ascendingIds, long lastEntry) {
		IncidentIdSet ids = IncidentIdSet.of(ascendingIds);
		return jdbc
			.sql("select id, incident_id, at, actor, type, details, hash from fb_timeline_entry where " + ids.sql()
					+ " order by incident_id, id")
			.params(ids.params())
			.query(IncidentQueries::entry)
			.list()
			.stream()
			.filter(entry -> entry.id() <= lastEntry)
			.toList();
	}

	/** The newest entry up to the id {@code lastEntry} of each of these incidents. */
	public List<TimelineHead> timelineHeads(Collection<Long> incidentIds, long lastEntry) {
		if (incidentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select e.id, e.incident_id, e.hash from fb_timeline_entry e
				where e.id = (select max(x.id) from fb_timeline_entry x where x.incident_id = e.incident_id
				  and x.id <= :last) and e.incident_id in (:ids)
				order by e.incident_id""")
			.param("ids", incidentIds)
			.param("last", lastEntry)
			.query((rs, row) -> new TimelineHead(rs.getLong("incident_id"), rs.getLong("id"), rs.getString("hash")))
			.list();
	}

	/** These incidents, by id; ids without an incident are left out. */
	public List<IncidentRecord> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from fb_incident where id in (:ids) order by id")
			.param("ids", ids)
			.query(IncidentQueries::incident)
			.list();
	}

	/**
	 * Incidents detected, acknowledged, mitigated or resolved within {@code [from, to)},
	 * by id.
	 */
	public List<IncidentRecord> activeIn(Instant from, Instant to) {
		return within(from, to, "detected_at", "acknowledged_at", "mitigated_at", "resolved_at");
	}

	/**
	 * Incidents whose acknowledge or resolve due time falls within {@code [from, to)}, by
	 * id.
	 */
	public List<IncidentRecord> dueIn(Instant from, Instant to) {
		return within(from, to, "ack_due_at", "resolve_due_at");
	}

	/**
	 * Incidents that, at {@code at}, were detected, past their resolve due time, not
	 * resolved and not cancelled; the longest overdue first.
	 */
	public List<IncidentRecord> openPastResolveDue(Instant at) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_incident where detected_at < :at"
					+ " and resolve_due_at < :at and (resolved_at is null or resolved_at >= :at)"
					+ " and (status <> :cancelled or closed_at >= :at) order by resolve_due_at, id")
			.param("at", IncidentRepository.toDb(at))
			.param("cancelled", IncidentStatus.CANCELLED.name())
			.query(IncidentQueries::incident)
			.list();
	}

	/** Timeline entries of one type within {@code [from, to)}, oldest first. */
	public List<TimelineRecord> entries(TimelineType type, Instant from, Instant to) {
		return jdbc
			.sql("select id, incident_id, at, actor, type, details, hash from fb_timeline_entry"
					+ " where type = :type and at >= :from and at < :to order by at, id")
			.param("type", type.name())
			.param("from", IncidentRepository.toDb(from))
			.param("to", IncidentRepository.toDb(to))
			.query(IncidentQueries::entry)
			.list();
	}

	/**
	 * The incidents of these services that were unresolved at some moment of
	 * {@code [from, to)}: detected before {@code to}, not resolved before {@code from},
	 * never cancelled (a duplicate is told through its original). By detection.
	 */
	public List<IncidentRecord> unresolvedDuring(Collection<String> services, Instant from, Instant to) {
		if (services.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from fb_incident where service_name in (:services)"
				+ " and detected_at < :to and (resolved_at is null or resolved_at >= :from) and status <> :cancelled"
				+ " order by detected_at, id")
			.param("services", services)
			.param("from", IncidentRepository.toDb(from))
			.param("to", IncidentRepository.toDb(to))
			.param("cancelled", IncidentStatus.CANCELLED.name())
			.query(IncidentQueries::incident)
			.list();
	}

	/**
	 * The next page of incidents opened by an alert whose labels were never kept (opened
	 * before they were): ids above {@code after}, ascending.
	 */
	public List<AlertKey> withoutAlertLabels(long after, int size) {
		return jdbc
			.sql("select id, integration_id, dedup_key from fb_incident where id > :after"
					+ " and integration_id is not null and alert_labels is null order by id limit :size")
			.param("after", after)
			.param("size", size)
			.query((rs, row) -> new AlertKey(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	/** The incident an integration's alert key opened. */
	public record AlertKey(long incidentId, long integrationId, String dedupKey) {
	}

	/** The ids of the incidents that are not over (not resolved, closed or cancelled). */
	public Set<Long> notOver() {
		return Set.copyOf(jdbc.sql("select id from fb_incident where status in (:statuses)")
			.param("statuses", NOT_OVER)
			.query(Long.class)
			.list());
	}

	/**
	 * Incidents with any of these times within {@code [from, to)}, by id. One indexed
	 * range per time, united, then the rows by primary key: a single condition with
	 * {@code or} between the times read the whole table, for every report and dashboard
	 * trend (changelog 0046 indexes each time).
	 */
	private List<IncidentRecord> within(Instant from, Instant to, String... times) {
		String hits = Arrays.stream(times)
			.map(time -> "select id as hit from fb_incident where " + time + " >= :from and " + time + " < :to")
			.collect(Collectors.joining(" union "));
		return jdbc.sql("select " + COLUMNS + " from fb_incident join (" + hits + ") hits on hits.hit = id order by id")
			.param("from", IncidentRepository.toDb(from))
			.param("to", IncidentRepository.toDb(to))
			.query(IncidentQueries::incident)
			.list();
	}

	private static IncidentRecord incident(ResultSet rs, int row) throws SQLException {
		long duplicateOf = rs.getLong(12);
		boolean noDuplicate = rs.wasNull();
		long recurrenceOf = rs.getLong(21);
		boolean noRecurrence = rs.wasNull();
		return new IncidentRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				value(Severity.class, rs.getString(5)), value(Impact.class, rs.getString(6)),
				value(Priority.class, rs.getString(7)), IncidentStatus.valueOf(rs.getString(8)),
				value(Stage.class, rs.getString(9)), value(Resolution.class, rs.getString(10)), rs.getInt(11),
				noDuplicate ? null : duplicateOf, instant(rs, 13), instant(rs, 14), instant(rs, 15), instant(rs, 16),
				instant(rs, 17), instant(rs, 18), instant(rs, 19), rs.getInt(20), noRecurrence ? null : recurrenceOf,
				instant(rs, 22));
	}

	private static TimelineRecord entry(ResultSet rs, int row) throws SQLException {
		return new TimelineRecord(rs.getLong(1), rs.getLong(2), instant(rs, 3), rs.getString(4),
				TimelineType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7));
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
