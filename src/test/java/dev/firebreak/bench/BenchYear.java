package dev.firebreak.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import dev.firebreak.incident.Incident;

import static dev.firebreak.bench.BenchLoader.db;

/**
 * A year of a busy installation, written straight through JDBC batches on top of
 * {@link BenchLoader}'s incidents: ten timeline entries each (the route's six,
 * hash-chained as the application chains them, and four responders' notes), the four
 * stages' tasks, the prioritisation decision (recorded as the {@code PRIORITISED} entry,
 * as the application records it), {@code alertsPerIncident} processed alerts per incident
 * in the inbox (the first opened it, the others repeated it), and a year of samples of
 * {@code probes} probes. Camunda's history of these closed incidents is not written:
 * nothing the measured pages show reads it, and retention trims it in production.
 */
final class BenchYear {

	private static final int BATCH = 2_000;

	private static final int NOTES = 4;

	/** What to write. */
	record Size(long incidents, int alertsPerIncident, int probes, Duration probeInterval) {
	}

	private final DataSource dataSource;

	BenchYear(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Writes everything; the services {@code service-0..49} must exist (probes refer to
	 * them).
	 * @param integrationId the Alertmanager integration the alerts came through
	 */
	void load(Size size, long integrationId, Instant yearEnd) throws SQLException {
		long began = System.nanoTime();
		new BenchLoader(dataSource, NOTES).load(1, size.incidents());
		progress("incidents, %d timeline entries and %d tasks each".formatted(BenchIncidents.ENTRIES + NOTES,
				BenchIncidents.STAGES.size()), size.incidents(), began);
		began = System.nanoTime();
		alerts(size, integrationId);
		progress("processed alerts", size.incidents() * size.alertsPerIncident(), began);
		began = System.nanoTime();
		long samples = probes(size, yearEnd);
		progress("probe samples", samples, began);
	}

	private void alerts(Size size, long integrationId) throws SQLException {
		try (Connection connection = dataSource
			.getConnection(); PreparedStatement insert = connection.prepareStatement("""
					insert into fb_alert_event (integration_id, received_at, action, dedup_key, severity, title, impact,
					  service, team, payload, status, attempts, processed_at, outcome)
					values (?, ?, 'TRIGGER', ?, ?, ?, ?, ?, ?, ?, 'DONE', 1, ?, ?)""")) {
			connection.setAutoCommit(false);
			long rows = 0;
			for (long id = 1; id <= size.incidents(); id++) {
				for (int repeat = 0; repeat < size.alertsPerIncident(); repeat++) {
					Instant received = BenchIncidents.detectedAt(id).plusSeconds(60L * repeat);
					String key = "bench-" + id;
					insert.setLong(1, integrationId);
					insert.setObject(2, db(received));
					insert.setString(3, key);
					insert.setString(4, BenchIncidents.severity(id));
					insert.setString(5, BenchIncidents.title(id));
					insert.setString(6, BenchIncidents.impact(id));
					insert.setString(7, BenchIncidents.service(id));
					insert.setString(8, BenchIncidents.team(id));
					insert.setString(9, payload(id, key, received));
					insert.setObject(10, db(received.plusMillis(300)));
					insert.setString(11, (repeat == 0 ? "OPENED " : "REPEATED ") + Incident.number(id));
					rows = add(insert, connection, rows);
				}
			}
			flush(insert, connection);
		}
	}

	/**
	 * An Alertmanager alert as the inbox keeps it: the sender's JSON, a few hundred
	 * bytes.
	 */
	private static String payload(long id, String key, Instant startsAt) {
		return """
				{"status":"firing","labels":{"alertname":"BenchAlert","service":"%s","severity":"%s",\
				"instance":"host-%d"},"annotations":{"summary":"%s"},"startsAt":"%s",\
				"endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus.example.internal:9090/graph",\
				"fingerprint":"%s"}""".formatted(BenchIncidents.service(id), BenchIncidents.severity(id).toLowerCase(),
				id % 997, BenchIncidents.title(id), startsAt, key);
	}

	/**
	 * One probe per two services, checked every {@code probeInterval} for the year up to
	 * {@code yearEnd}; about one check in a thousand failed.
	 * @return samples written
	 */
	private long probes(Size size, Instant yearEnd) throws SQLException {
		Instant yearStart = yearEnd.minus(Duration.ofDays(365));
		long perProbe = Duration.between(yearStart, yearEnd).dividedBy(size.probeInterval());
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			long[] ids = new long[size.probes()];
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into fb_probe (name, url, method, interval_seconds, timeout_ms, service, enabled,
					  created_at, created_by, next_run_at)
					values (?, ?, 'GET', ?, 5000, ?, true, ?, 'bench', ?)""", Statement.RETURN_GENERATED_KEYS)) {
				for (int probe = 0; probe < size.probes(); probe++) {
					insert.setString(1, "bench-probe-" + probe);
					insert.setString(2,
							"https://service-" + probe % BenchIncidents.SERVICES + ".example.internal/health");
					insert.setLong(3, size.probeInterval().toSeconds());
					insert.setString(4, "service-" + probe % BenchIncidents.SERVICES);
					insert.setObject(5, db(yearStart));
					// far ahead: the benchmark measures pages, not checks
					insert.setObject(6, db(yearEnd.plus(Duration.ofDays(3650))));
					insert.executeUpdate();
					try (var keys = insert.getGeneratedKeys()) {
						keys.next();
						ids[probe] = keys.getLong(1);
					}
				}
			}
			connection.commit();
			long rows = 0;
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into fb_probe_sample (probe_id, at, up, status, status_code, response_ms, duration_ms, error)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (int probe = 0; probe < ids.length; probe++) {
					for (long n = 0; n < perProbe; n++) {
						boolean up = (n * 31 + probe) % 1_000 != 0;
						insert.setLong(1, ids[probe]);
						insert.setObject(2, db(yearStart.plus(size.probeInterval().multipliedBy(n))));
						insert.setBoolean(3, up);
						int millis = (int) (40 + (n * 7 + probe) % 160);
						insert.setString(4, up ? "UP" : "DOWN");
						insert.setObject(5, up ? 200 : 503);
						insert.setInt(6, millis);
						insert.setInt(7, millis);
						insert.setString(8, up ? null : "HTTP 503");
						rows = add(insert, connection, rows);
					}
				}
				flush(insert, connection);
			}
			return rows;
		}
	}

	/**
	 * Adds the row to the batch, and every {@link #BATCH} rows sends and commits it.
	 * @return the rows added so far
	 */
	private static long add(PreparedStatement insert, Connection connection, long rows) throws SQLException {
		insert.addBatch();
		if ((rows + 1) % BATCH == 0) {
			flush(insert, connection);
		}
		return rows + 1;
	}

	private static void flush(PreparedStatement insert, Connection connection) throws SQLException {
		insert.executeBatch();
		connection.commit();
	}

	/**
	 * H2 does not move an identity column past ids written explicitly; the application's
	 * own inserts after the load would collide with them.
	 */
	void restartIdentities(String kind) throws SQLException {
		if (!kind.equals("h2")) {
			return;
		}
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String table : new String[] { "fb_incident", "fb_timeline_entry" }) {
				long next;
				try (var max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
					max.next();
					next = max.getLong(1);
				}
				statement.execute("alter table " + table + " alter column id restart with " + next);
			}
		}
	}

	private static void progress(String what, long rows, long began) {
		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf("loaded %,d %s in %.0f s (%,.0f per second)%n", rows, what, seconds, rows / seconds);
	}

}
