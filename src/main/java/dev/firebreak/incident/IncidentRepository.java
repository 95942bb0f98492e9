package dev.firebreak.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.audit.ChainHash;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Incidents and their timelines in plain SQL. The timeline is only ever inserted into.
 * Times are stored as UTC wall-clock values so that neither the JVM's nor the database
 * session's time zone can shift them.
 */
@Repository
class IncidentRepository {

	private static final String COLUMNS = """
			id, version, title, description, service_name, team, severity, impact, priority, status, stage,
			resolution, rca_required, escalation_level, duplicate_of, reported_by, detected_at, acknowledged_at,
			mitigated_at, resolved_at, closed_at, recovered_at, ack_due_at, resolve_due_at, integration_id, dedup_key,
			occurrences, last_seen_at, recurrence_of, stale, rca_requested, rca_request_reason, first_paged_at, owner""";

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	IncidentRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Incident incident) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into fb_incident (version, title, description, service_name, team, severity, impact, priority,
						  status, stage, resolution, rca_required, escalation_level, duplicate_of, reported_by, detected_at,
						  acknowledged_at, mitigated_at, resolved_at, closed_at, recovered_at, ack_due_at, resolve_due_at,
						  integration_id, dedup_key, open_dedup_key, occurrences, last_seen_at, recurrence_of, stale, rca_requested,
						  rca_request_reason, owner, alert_labels)
						values (0, :title, :description, :service, :team, :severity, :impact, :priority, :status, :stage,
						  :resolution, :rcaRequired, :escalationLevel, :duplicateOf, :reportedBy, :detectedAt, :acknowledgedAt,
						  :mitigatedAt, :resolvedAt, :closedAt, :recoveredAt, :ackDueAt, :resolveDueAt, :integrationId,
						  :dedupKey, :openDedupKey, :occurrences, :lastSeenAt, :recurrenceOf, :stale, :rcaRequested,
						  :rcaRequestReason, :owner, :alertLabels)""")
			.params(parameters(incident))
			.param("integrationId", incident.integrationId)
			.param("dedupKey", incident.dedupKey)
			.param("openDedupKey",
					incident.dedupKey == null ? null : openKey(incident.integrationId, incident.dedupKey))
			.param("occurrences", incident.occurrences)
			.param("lastSeenAt", toDb(incident.lastSeenAt))
			.param("recurrenceOf", incident.recurrenceOf)
			.param("alertLabels", incident.alertLabels)
			.update(key);
		incident.id = key.getKey().longValue();
		writeChanges(incident, ChainHash.GENESIS);
	}

	void update(Incident incident) {
		Map<String, Object> params = parameters(incident);
		params.put("id", incident.id);
		params.put("version", incident.version);
		int updated = jdbc.sql("""
				update fb_incident set version = version + 1, title = :title, description = :description,
				  service_name = :service, team = :team, severity = :severity, impact = :impact, priority = :priority,
				  status = :status, stage = :stage, resolution = :resolution, rca_required = :rcaRequired,
				  escalation_level = :escalationLevel, duplicate_of = :duplicateOf, acknowledged_at = :acknowledgedAt,
				  mitigated_at = :mitigatedAt, resolved_at = :resolvedAt, closed_at = :closedAt,
				  recovered_at = :recoveredAt, ack_due_at = :ackDueAt, resolve_due_at = :resolveDueAt,
				  stale = :stale, rca_requested = :rcaRequested, rca_request_reason = :rcaRequestReason,
				  owner = :owner, open_dedup_key = case when :released then null else open_dedup_key end
				where id = :id and version = :version""")
			.params(params)
			.param("released", incident.releasesDedupKey())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Incident " + incident.number() + " was changed by someone else; reload and try again.");
		}
		incident.version++;
		// the update above holds the incident's row lock until commit, so nobody else
		// appends to this chain between reading its head and writing the next link
		if (!incident.changes.isEmpty()) {
			writeChanges(incident, lastHash(incident.id));
		}
	}

	/**
	 * The id of the latest timeline entry, of one incident or (null) of all: it grows
	 * with every change worth showing. The primary key and the incident index answer it.
	 */
	long lastEntryId(Long incidentId) {
		if (incidentId == null) {
			return jdbc.sql("select coalesce(max(id), 0) from fb_timeline_entry").query(Long.class).single();
		}
		return jdbc.sql("select coalesce(max(id), 0) from fb_timeline_entry where incident_id = ?")
			.param(incidentId)
			.query(Long.class)
			.single();
	}

	Optional<Incident> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_incident where id = ?")
			.param(id)
			.query(this::incident)
			.optional();
	}

	List<Incident> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from fb_incident where id in (:ids)")
			.param("ids", ids)
			.query(this::incident)
			.list();
	}

	/** Those of the incidents whose timeline holds an entry of this type. */
	Set<Long> withTimelineEntry(Collection<Long> incidentIds, TimelineType type) {
		if (incidentIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc
			.sql("select distinct incident_id from fb_timeline_entry where type = :type and incident_id in (:ids)")
			.param("type", type.name())
			.param("ids", incidentIds)
			.query(Long.class)
			.list());
	}

	IncidentPage search(IncidentFilter filter, int page, int size) {
		IncidentConditions conditions = IncidentConditions.of(filter);
		if (conditions.none()) {
			return new IncidentPage(List.of(), page, size, 0);
		}
		Map<String, Object> params = new LinkedHashMap<>(conditions.params());
		String where = conditions.sql().isEmpty() ? "" : " where" + conditions.sql().substring(" and".length());
		long total = jdbc.sql("select count(*) from fb_incident" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Incident> items = jdbc
			.sql("select " + COLUMNS + " from fb_incident" + where + " order by id desc limit :limit offset :offset")
			.params(params)
			.query(this::incident)
			.list();
		return new IncidentPage(items, page, size, total);
	}

	void backfillAlertLabels(long id, String labels) {
		jdbc.sql("update fb_incident set alert_labels = ? where id = ? and alert_labels is null")
			.params(labels, id)
			.update();
	}

	/** Open P1 and P2 incidents (not yet resolved), most urgent first, newest first. */
	List<Incident> openMajor(int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from fb_incident where priority in ('P1', 'P2') and status in"
					+ " ('OPEN', 'ACKNOWLEDGED', 'MITIGATED') order by priority, id desc limit :limit")
			.param("limit", limit)
			.query(this::incident)
			.list();
	}

	long countOpenMajor() {
		return jdbc
			.sql("select count(*) from fb_incident where priority in ('P1', 'P2') and status in"
					+ " ('OPEN', 'ACKNOWLEDGED', 'MITIGATED')")
			.query(Long.class)
			.single();
	}

	List<TimelineEntry> timeline(long incidentId) {
		return jdbc
			.sql("select id, incident_id, at, actor, type, details from fb_timeline_entry"
					+ " where incident_id = ? order by id")
			.param(incidentId)
			.query((rs, row) -> new TimelineEntry(rs.getLong("id"), rs.getLong("incident_id"), instant(rs, "at"),
					rs.getString("actor"), TimelineType.valueOf(rs.getString("type")),
					fromJson(rs.getString("details"))))
			.list();
	}

	/** The open incident holding {@code dedupKey} of the integration, if any. */
	Optional<Long> findOpenByDedupKey(long integrationId, String dedupKey) {
		return jdbc.sql("select id from fb_incident where open_dedup_key = ?")
			.param(openKey(integrationId, dedupKey))
			.query(Long.class)
			.optional();
	}

	/**
	 * The open incident holding the key, with when its repeats were last logged, so that
	 * a repeat inside a logged window needs no further statement.
	 */
	Optional<OpenAlert> findOpenAlert(long integrationId, String dedupKey) {
		return jdbc.sql("select id, repeats_logged_at from fb_incident where open_dedup_key = ?")
			.param(openKey(integrationId, dedupKey))
			.query((rs, row) -> new OpenAlert(rs.getLong("id"), instant(rs, "repeats_logged_at")))
			.optional();
	}

	record OpenAlert(long id, Instant repeatsLoggedAt) {
	}

	/** The most recent incident, open or not, that ever held the key. */
	Optional<Long> findLatestByDedupKey(long integrationId, String dedupKey) {
		return jdbc.sql("select max(id) from fb_incident where integration_id = ? and dedup_key = ?")
			.params(integrationId, dedupKey)
			.query(Long.class)
			.optional();
	}

	/**
	 * Counts a repeat atomically, without loading or versioning the incident, so that a
	 * flood of repeats never conflicts with people working it.
	 * @return whether an open incident held the key
	 */
	boolean countOccurrence(long integrationId, String dedupKey, Instant at) {
		return jdbc
			.sql("update fb_incident set occurrences = occurrences + 1, last_seen_at = ?, stale = ?"
					+ " where open_dedup_key = ?")
			.params(toDb(at), false, openKey(integrationId, dedupKey))
			.update() == 1;
	}

	/**
	 * Claims the right to write one timeline entry for the repeats of the current window;
	 * true for exactly one caller per window, however many race.
	 */
	boolean claimRepeatEntry(long incidentId, Instant at, Instant windowStart) {
		return jdbc
			.sql("update fb_incident set repeats_logged_at = ? where id = ?"
					+ " and (repeats_logged_at is null or repeats_logged_at < ?)")
			.params(toDb(at), incidentId, toDb(windowStart))
			.update() == 1;
	}

	/**
	 * Open incidents of these integrations whose alert was last seen before
	 * {@code cutoff}.
	 */
	List<Long> findSilentAlerts(Collection<Long> integrationIds, Instant cutoff) {
		if (integrationIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select id from fb_incident where open_dedup_key is not null and stale = :stale"
					+ " and integration_id in (:integrations) and last_seen_at < :cutoff")
			.param("stale", false)
			.param("integrations", integrationIds)
			.param("cutoff", toDb(cutoff))
			.query(Long.class)
			.list();
	}

	/**
	 * Appends a record of fact (paging, notifications) without loading or versioning the
	 * incident, so that it never conflicts with the people working it; the update takes
	 * the row lock the chain needs.
	 * @param firstPage whether this entry is a page handed to a channel, which starts
	 * MTTA if it is the first
	 */
	void appendFact(long incidentId, Incident.Change change, boolean firstPage) {
		jdbc.sql("update fb_incident set first_paged_at = case when :page and first_paged_at is null then :at"
				+ " else first_paged_at end where id = :id")
			.param("page", firstPage)
			.param("at", toDb(change.at()))
			.param("id", incidentId)
			.update();
		append(incidentId, change);
	}

	/**
	 * Appends one entry to the incident's chain. The caller must hold the incident's row
	 * lock (any update of the row in this transaction takes it).
	 */
	void append(long incidentId, Incident.Change change) {
		append(incidentId, change, lastHash(incidentId));
	}

	/**
	 * @return the new entry's hash, the next entry's previous hash
	 */
	private String append(long incidentId, Incident.Change change, String prevHash) {
		String details = toJson(change.details());
		String hash = TimelineChain.hash(prevHash, incidentId, change.at(), change.actor(), change.type().name(),
				details);
		jdbc.sql("insert into fb_timeline_entry (incident_id, at, actor, type, details, prev_hash, hash)"
				+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(incidentId, toDb(change.at()), change.actor(), change.type().name(), details, prevHash, hash)
			.update();
		return hash;
	}

	/** The hash of the incident's newest entry, where its chain continues. */
	private String lastHash(long incidentId) {
		return jdbc.sql("select hash from fb_timeline_entry where incident_id = ? order by id desc limit 1")
			.param(incidentId)
			.query(String.class)
			.optional()
			.orElse(ChainHash.GENESIS);
	}

	private static String openKey(long integrationId, String dedupKey) {
		return integrationId + ":" + dedupKey;
	}

	private void writeChanges(Incident incident, String headHash) {
		String prevHash = headHash;
		for (Incident.Change change : incident.changes) {
			prevHash = append(incident.id, change, prevHash);
		}
		incident.changes.clear();
	}

	private Map<String, Object> parameters(Incident incident) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("title", incident.title);
		params.put("description", incident.description);
		params.put("service", incident.serviceName);
		params.put("team", incident.team);
		params.put("severity", name(incident.severity));
		params.put("impact", name(incident.impact));
		params.put("priority", name(incident.priority));
		params.put("status", name(incident.status));
		params.put("stage", name(incident.stage));
		params.put("resolution", name(incident.resolution));
		params.put("rcaRequired", incident.rcaRequired);
		params.put("escalationLevel", incident.escalationLevel);
		params.put("duplicateOf", incident.duplicateOf);
		params.put("reportedBy", incident.reportedBy);
		params.put("detectedAt", toDb(incident.detectedAt));
		params.put("acknowledgedAt", toDb(incident.acknowledgedAt));
		params.put("mitigatedAt", toDb(incident.mitigatedAt));
		params.put("resolvedAt", toDb(incident.resolvedAt));
		params.put("closedAt", toDb(incident.closedAt));
		params.put("recoveredAt", toDb(incident.recoveredAt));
		params.put("ackDueAt", toDb(incident.ackDueAt));
		params.put("resolveDueAt", toDb(incident.resolveDueAt));
		params.put("stale", incident.stale);
		params.put("rcaRequested", incident.rcaRequested);
		params.put("rcaRequestReason", incident.rcaRequestReason);
		params.put("owner", incident.owner);
		return params;
	}

	private Incident incident(ResultSet rs, int row) throws SQLException {
		Incident incident = new Incident();
		incident.id = rs.getLong("id");
		incident.version = rs.getInt("version");
		incident.title = rs.getString("title");
		incident.description = rs.getString("description");
		incident.serviceName = rs.getString("service_name");
		incident.team = rs.getString("team");
		incident.severity = Severity.valueOf(rs.getString("severity"));
		incident.impact = Impact.valueOf(rs.getString("impact"));
		incident.priority = rs.getString("priority") == null ? null : Priority.valueOf(rs.getString("priority"));
		incident.status = IncidentStatus.valueOf(rs.getString("status"));
		incident.stage = Stage.valueOf(rs.getString("stage"));
		incident.resolution = rs.getString("resolution") == null ? null
				: Resolution.valueOf(rs.getString("resolution"));
		incident.rcaRequired = rs.getBoolean("rca_required");
		incident.escalationLevel = rs.getInt("escalation_level");
		long duplicateOf = rs.getLong("duplicate_of");
		incident.duplicateOf = rs.wasNull() ? null : duplicateOf;
		incident.reportedBy = rs.getString("reported_by");
		incident.owner = rs.getString("owner");
		incident.detectedAt = instant(rs, "detected_at");
		incident.acknowledgedAt = instant(rs, "acknowledged_at");
		incident.mitigatedAt = instant(rs, "mitigated_at");
		incident.resolvedAt = instant(rs, "resolved_at");
		incident.closedAt = instant(rs, "closed_at");
		incident.recoveredAt = instant(rs, "recovered_at");
		incident.ackDueAt = instant(rs, "ack_due_at");
		incident.resolveDueAt = instant(rs, "resolve_due_at");
		long integrationId = rs.getLong("integration_id");
		incident.integrationId = rs.wasNull() ? null : integrationId;
		incident.dedupKey = rs.getString("dedup_key");
		incident.occurrences = rs.getInt("occurrences");
		incident.lastSeenAt = instant(rs, "last_seen_at");
		long recurrenceOf = rs.getLong("recurrence_of");
		incident.recurrenceOf = rs.wasNull() ? null : recurrenceOf;
		incident.stale = rs.getBoolean("stale");
		incident.rcaRequested = rs.getBoolean("rca_requested");
		incident.rcaRequestReason = rs.getString("rca_request_reason");
		incident.firstPagedAt = instant(rs, "first_paged_at");
		return incident;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	private String toJson(Object details) {
		try {
			return json.writeValueAsString(details);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Timeline details must be plain values", ex);
		}
	}

	private Map<String, Object> fromJson(String details) {
		if (details == null) {
			return Map.of();
		}
		try {
			return json.readValue(details, DETAILS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable timeline details", ex);
		}
	}

}
