package dev.firebreak.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import dev.firebreak.audit.ChainHash;
import javax.sql.DataSource;

import dev.firebreak.incident.TimelineChain;

import static dev.firebreak.bench.BenchIncidents.ENTRIES;
import static dev.firebreak.bench.BenchIncidents.ENTRY_TYPES;
import static dev.firebreak.bench.BenchIncidents.STAGES;

/**
 * Writes benchmark incidents with their timeline entries (hash-chained as the application
 * chains them) and human tasks, straight through JDBC batches: going through the
 * application's services would take hours for a million incidents and would measure the
 * route, not the export.
 */
final class BenchLoader {

	private static final int BATCH = 1_000;

	private final DataSource dataSource;

	private final int notes;

	BenchLoader(DataSource dataSource) {
		this(dataSource, 0);
	}

	/**
	 * @param notes responders' notes per incident, chained after the route's entries (the
	 * export benchmark has none: its baseline rebuilds the rows without them)
	 */
	BenchLoader(DataSource dataSource, int notes) {
		this.dataSource = dataSource;
		this.notes = notes;
	}

	/** The id of the incident's first timeline entry; its others follow it. */
	private long firstEntryId(long id) {
		return (id - 1) * (ENTRIES + notes) + 1;
	}

	/** Inserts the incidents with ids {@code from..to} (both inclusive). */
	void load(long from, long to) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement incidents = connection.prepareStatement("""
					insert into fb_incident (id, version, title, service_name, team, severity, impact, priority, status,
					  stage, resolution, rca_required, escalation_level, duplicate_of, reported_by, detected_at,
					  acknowledged_at, mitigated_at, resolved_at, closed_at, ack_due_at, resolve_due_at, occurrences,
					  recurrence_of)
					values (?, 1, ?, ?, ?, ?, ?, ?, 'CLOSED', 'CLOSED', 'FIXED_BY_HOTFIX', true, ?, ?, 'alertmanager',
					  ?, ?, ?, ?, ?, ?, ?, ?, ?)"""); PreparedStatement entries = connection.prepareStatement("""
					insert into fb_timeline_entry (id, incident_id, at, actor, type, details, prev_hash, hash)
					values (?, ?, ?, ?, ?, ?, ?, ?)"""); PreparedStatement tasks = connection.prepareStatement("""
					insert into fb_work_task (task_id, incident_id, stage, team, created_at, claimed_by,
					  claimed_at, completed_by, completed_at, ended_at, outcome)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED')""")) {
				for (long id = from; id <= to; id++) {
					addIncident(incidents, id);
					addEntries(entries, id);
					addTasks(tasks, id);
					if ((id - from + 1) % BATCH == 0 || id == to) {
						incidents.executeBatch();
						entries.executeBatch();
						tasks.executeBatch();
						connection.commit();
					}
				}
			}
		}
	}

	private static void addIncident(PreparedStatement insert, long id) throws SQLException {
		insert.setLong(1, id);
		insert.setString(2, BenchIncidents.title(id));
		insert.setString(3, BenchIncidents.service(id));
		insert.setString(4, BenchIncidents.team(id));
		insert.setString(5, BenchIncidents.severity(id));
		insert.setString(6, BenchIncidents.impact(id));
		insert.setString(7, BenchIncidents.priority(id));
		insert.setInt(8, BenchIncidents.escalationLevel(id));
		insert.setObject(9, BenchIncidents.duplicateOf(id));
		insert.setObject(10, db(BenchIncidents.detectedAt(id)));
		insert.setObject(11, db(BenchIncidents.acknowledgedAt(id)));
		insert.setObject(12, db(BenchIncidents.mitigatedAt(id)));
		insert.setObject(13, db(BenchIncidents.resolvedAt(id)));
		insert.setObject(14, db(BenchIncidents.closedAt(id)));
		insert.setObject(15, db(BenchIncidents.ackDueAt(id)));
		insert.setObject(16, db(BenchIncidents.resolveDueAt(id)));
		insert.setInt(17, BenchIncidents.occurrences(id));
		insert.setObject(18, BenchIncidents.recurrenceOf(id));
		insert.addBatch();
	}

	private void addEntries(PreparedStatement insert, long id) throws SQLException {
		String prev = ChainHash.GENESIS;
		for (int entry = 0; entry < ENTRIES + notes; entry++) {
			boolean note = entry >= ENTRIES;
			Instant at = note ? BenchIncidents.closedAt(id).plusSeconds(60L * (entry - ENTRIES + 1))
					: BenchIncidents.entryAt(id, entry);
			String actor = note ? BenchIncidents.assignee(id, entry % STAGES.size())
					: BenchIncidents.entryActor(id, entry);
			String type = note ? "NOTE_ADDED" : ENTRY_TYPES.get(entry);
			String details = note ? "{\"text\":\"Checked the dashboards of host-" + (id % 997) + ", nothing new\"}"
					: BenchIncidents.entryDetails(id, entry);
			String hash = TimelineChain.hash(prev, id, at, actor, type, details);
			insert.setLong(1, firstEntryId(id) + entry);
			insert.setLong(2, id);
			insert.setObject(3, db(at));
			insert.setString(4, actor);
			insert.setString(5, type);
			insert.setString(6, details);
			insert.setString(7, prev);
			insert.setString(8, hash);
			insert.addBatch();
			prev = hash;
		}
	}

	private static void addTasks(PreparedStatement insert, long id) throws SQLException {
		for (int stage = 0; stage < STAGES.size(); stage++) {
			Instant created = BenchIncidents.detectedAt(id).plusSeconds(60L * stage);
			String who = BenchIncidents.assignee(id, stage);
			insert.setString(1, "bench-" + id + "-" + stage);
			insert.setLong(2, id);
			insert.setString(3, STAGES.get(stage));
			insert.setString(4, BenchIncidents.team(id));
			insert.setObject(5, db(created));
			insert.setString(6, who);
			insert.setObject(7, db(created.plusSeconds(30)));
			insert.setString(8, who);
			insert.setObject(9, db(created.plusSeconds(600)));
			insert.setObject(10, db(created.plusSeconds(600)));
			insert.addBatch();
		}
	}

	static LocalDateTime db(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
