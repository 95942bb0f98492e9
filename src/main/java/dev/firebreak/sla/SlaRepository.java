package dev.firebreak.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Priority;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code fb_sla_calendar}, {@code fb_sla_policy} and {@code fb_sla_pause}. */
@Repository
class SlaRepository {

	private static final String POLICY = """
			select p.id, p.name, p.service, p.tier, p.priority, p.acknowledge_within, p.resolve_within, p.measure,
			  p.calendar_id, c.name as calendar_name, p.pause_during_maintenance, p.updated_by, p.updated_at
			from fb_sla_policy p left join fb_sla_calendar c on c.id = p.calendar_id""";

	private static final String PAUSE = """
			select id, incident_id, reason, note, started_at, started_by, ended_at, ended_by from fb_sla_pause""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	SlaRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<SlaCalendar> calendars() {
		return jdbc.sql("select * from fb_sla_calendar order by name").query(this::mapCalendar).list();
	}

	Optional<SlaCalendar> calendar(long id) {
		return jdbc.sql("select * from fb_sla_calendar where id = ?").param(id).query(this::mapCalendar).optional();
	}

	boolean calendarNameTaken(String name, Long except) {
		return jdbc.sql("select count(*) from fb_sla_calendar where name = ? and id <> ?")
			.params(name, except == null ? -1 : except)
			.query(Long.class)
			.single() > 0;
	}

	long insertCalendar(SlaRules.Calendar calendar, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_sla_calendar (name, zone, hours, holidays, first_year, last_year, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(calendar.name(), calendar.zone().getId(), write(hoursJson(calendar.hours())),
					write(calendar.holidays().stream().map(LocalDate::toString).toList()), calendar.firstYear(),
					calendar.lastYear(), by, toDb(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void updateCalendar(long id, SlaRules.Calendar calendar, String by, Instant at) {
		jdbc.sql("""
				update fb_sla_calendar set name = ?, zone = ?, hours = ?, holidays = ?, first_year = ?, last_year = ?,
				  updated_by = ?, updated_at = ?
				where id = ?""")
			.params(calendar.name(), calendar.zone().getId(), write(hoursJson(calendar.hours())),
					write(calendar.holidays().stream().map(LocalDate::toString).toList()), calendar.firstYear(),
					calendar.lastYear(), by, toDb(at), id)
			.update();
	}

	boolean calendarInUse(long id) {
		return jdbc.sql("select count(*) from fb_sla_policy where calendar_id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	boolean deleteCalendar(long id) {
		return jdbc.sql("delete from fb_sla_calendar where id = ?").param(id).update() == 1;
	}

	List<SlaPolicy> policies() {
		return jdbc.sql(POLICY + " order by p.name, p.id").query(this::mapPolicy).list();
	}

	Optional<SlaPolicy> policy(long id) {
		return jdbc.sql(POLICY + " where p.id = ?").param(id).query(this::mapPolicy).optional();
	}

	Optional<Long> policyWithScope(String scopeKey) {
		return jdbc.sql("select id from fb_sla_policy where scope_key = ?")
			.param(scopeKey)
			.query(Long.class)
			.optional();
	}

	long insertPolicy(SlaRules.Policy policy, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_sla_policy (name, service, tier, priority, scope_key, acknowledge_within, resolve_within,
				  measure, calendar_id, pause_during_maintenance, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(policyValues(policy, by, at)).update(key, "id");
		return key.getKey().longValue();
	}

	void updatePolicy(long id, SlaRules.Policy policy, String by, Instant at) {
		List<Object> values = new ArrayList<>(java.util.Arrays.asList(policyValues(policy, by, at)));
		values.add(id);
		jdbc.sql("""
				update fb_sla_policy set name = ?, service = ?, tier = ?, priority = ?, scope_key = ?,
				  acknowledge_within = ?, resolve_within = ?, measure = ?, calendar_id = ?,
				  pause_during_maintenance = ?, updated_by = ?, updated_at = ?
				where id = ?""").params(values).update();
	}

	private static Object[] policyValues(SlaRules.Policy policy, String by, Instant at) {
		return new Object[] { policy.name(), policy.service(), policy.tier(),
				policy.priority() == null ? null : policy.priority().name(),
				SlaPolicy.scopeKey(policy.service(), policy.tier(), policy.priority()),
				policy.acknowledgeWithin().toString(), policy.resolveWithin().toString(), policy.measure().name(),
				policy.calendarId(), policy.pauseDuringMaintenance(), by, toDb(at) };
	}

	boolean deletePolicy(long id) {
		return jdbc.sql("delete from fb_sla_policy where id = ?").param(id).update() == 1;
	}

	/**
	 * Starts a pause; the unique open_incident_id makes a second one fail, however many
	 * nodes try at once.
	 */
	long insertPause(long incidentId, WaitingReason reason, String note, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_sla_pause (incident_id, reason, note, started_at, started_by, open_incident_id)
				values (?, ?, ?, ?, ?, ?)""")
			.params(incidentId, reason.name(), note, toDb(at), by, incidentId)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Ends the open pause, if there is one. */
	Optional<SlaPause> endPause(long incidentId, String by, Instant at) {
		Optional<SlaPause> open = jdbc.sql(PAUSE + " where open_incident_id = ?")
			.param(incidentId)
			.query(this::mapPause)
			.optional();
		open.ifPresent(pause -> jdbc.sql("""
				update fb_sla_pause set ended_at = ?, ended_by = ?, open_incident_id = null
				where id = ? and open_incident_id is not null""").params(toDb(at), by, pause.id()).update());
		return open.map(pause -> new SlaPause(pause.id(), pause.incidentId(), pause.reason(), pause.note(),
				pause.startedAt(), pause.startedBy(), at, by));
	}

	List<SlaPause> pauses(long incidentId) {
		return jdbc.sql(PAUSE + " where incident_id = ? order by started_at, id")
			.param(incidentId)
			.query(this::mapPause)
			.list();
	}

	/** The pauses of many incidents at once, for reports and workbooks. */
	List<SlaPause> pauses(Collection<Long> incidentIds) {
		if (incidentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PAUSE + " where incident_id in (:ids) order by started_at, id")
			.param("ids", incidentIds)
			.query(this::mapPause)
			.list();
	}

	/** Incidents with a pause that overlaps {@code [from, to)}; an open pause lasts. */
	Set<Long> waitedIn(Instant from, Instant to) {
		return Set.copyOf(jdbc.sql(
				"select distinct incident_id from fb_sla_pause where started_at < ? and (ended_at is null or ended_at > ?)")
			.params(toDb(to), toDb(from))
			.query(Long.class)
			.list());
	}

	private SlaCalendar mapCalendar(ResultSet rs, int row) throws SQLException {
		Map<String, List<String>> hours = read(rs.getString("hours"), new TypeReference<>() {
		});
		List<String> holidays = read(rs.getString("holidays"), new TypeReference<>() {
		});
		return new SlaCalendar(rs.getLong("id"), rs.getString("name"), rs.getString("zone"), hours,
				holidays.stream().map(LocalDate::parse).toList(), rs.getInt("first_year"), rs.getInt("last_year"),
				rs.getString("updated_by"), instant(rs, "updated_at"));
	}

	private SlaPolicy mapPolicy(ResultSet rs, int row) throws SQLException {
		int tier = rs.getInt("tier");
		Integer tierOrNull = rs.wasNull() ? null : tier;
		long calendar = rs.getLong("calendar_id");
		Long calendarOrNull = rs.wasNull() ? null : calendar;
		String priority = rs.getString("priority");
		return new SlaPolicy(rs.getLong("id"), rs.getString("name"), rs.getString("service"), tierOrNull,
				priority == null ? null : Priority.valueOf(priority),
				Duration.parse(rs.getString("acknowledge_within")), Duration.parse(rs.getString("resolve_within")),
				SlaPolicy.Measure.valueOf(rs.getString("measure")), calendarOrNull, rs.getString("calendar_name"),
				rs.getBoolean("pause_during_maintenance"), rs.getString("updated_by"), instant(rs, "updated_at"));
	}

	private SlaPause mapPause(ResultSet rs, int row) throws SQLException {
		return new SlaPause(rs.getLong("id"), rs.getLong("incident_id"), WaitingReason.valueOf(rs.getString("reason")),
				rs.getString("note"), instant(rs, "started_at"), rs.getString("started_by"), instant(rs, "ended_at"),
				rs.getString("ended_by"));
	}

	static Map<String, List<String>> hoursJson(Map<DayOfWeek, List<BusinessHours.Hours>> hours) {
		Map<String, List<String>> text = new LinkedHashMap<>();
		hours.forEach((day, ranges) -> text.put(day.name(), ranges.stream().map(Object::toString).toList()));
		return text;
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T read(String text, TypeReference<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable SLA calendar: " + text, ex);
		}
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
