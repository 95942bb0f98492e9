package dev.firebreak.probe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Runs a data-integrity probe's SELECT against its configured data source and judges the
 * answer by the probe's expectation. Each check opens its own connection (no pool: checks
 * are minutes apart), read-only and in a transaction that is rolled back, with the
 * probe's timeout as the statement timeout (in whole seconds, at least one) and as the
 * network timeout, and reads at most {@code max-query-rows} rows. When the check is down,
 * the first {@code max-evidence-rows} rows (each value cut to 200 characters) are its
 * evidence. The data source's URL and credentials never leave the configuration: errors
 * name the data source, and driver messages are not passed on when they could hold them.
 */
@Component
class DataIntegrityCheck implements KindCheck {

	private static final int MAX_VALUE = 200;

	private final ProbeProperties properties;

	private final ObjectMapper json;

	DataIntegrityCheck(ProbeProperties properties, ObjectMapper json) {
		this.properties = properties;
		this.json = json;
	}

	@Override
	public ProbeKind kind() {
		return ProbeKind.DATA_INTEGRITY;
	}

	@Override
	public CheckResult run(Probe probe) {
		ProbeProperties.DataSourceSettings source = properties.dataSources().get(probe.dataSource());
		if (source == null || source.url() == null) {
			return CheckResult.down(null, null, "no data source named '" + probe.dataSource() + "' is configured");
		}
		if (SqlGuard.problem(probe.query()).isPresent()) {
			return CheckResult.down(null, null, "the query " + SqlGuard.problem(probe.query()).get());
		}
		long started = System.nanoTime();
		Rows rows;
		try (Connection connection = open(source, probe.timeoutMs())) {
			connection.setReadOnly(true);
			readOnlyOnTheServer(connection, source);
			connection.setAutoCommit(false);
			try {
				rows = read(connection, probe);
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLTimeoutException ex) {
			return CheckResult.down(null, null, "the query did not finish within " + probe.timeoutMs() + " ms");
		}
		catch (SQLException ex) {
			return CheckResult.down(null, null,
					"the query on '" + probe.dataSource() + "' failed: " + safe(ex.getMessage(), source));
		}
		int elapsed = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		return judge(probe, rows, elapsed);
	}

	private Connection open(ProbeProperties.DataSourceSettings source, int timeoutMs) throws SQLException {
		Properties settings = new Properties();
		if (source.username() != null) {
			settings.setProperty("user", source.username());
		}
		if (source.password() != null) {
			settings.setProperty("password", source.password());
		}
		String url = source.url().toLowerCase(Locale.ROOT);
		if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
			settings.setProperty("connectTimeout", String.valueOf(timeoutMs));
			settings.setProperty("socketTimeout", String.valueOf(timeoutMs + 2000));
		}
		Connection connection = DriverManager.getConnection(source.url(), settings);
		try {
			// a last fence for drivers that do not end a statement at its timeout
			connection.setNetworkTimeout(Runnable::run, timeoutMs + 2000);
		}
		catch (SQLException | UnsupportedOperationException | AbstractMethodError ex) {
			// the driver has no network timeout; the statement timeout still applies
		}
		return connection;
	}

	/**
	 * Connector/J passes read-only on to the server only when it believes the server
	 * supports it, and takes MariaDB's "5.5.5-10.11" handshake version for 5.5, so that a
	 * SELECT calling a function that writes ran unhindered (MySqlDataIntegrityTest).
	 * MySQL (5.6.5 and later) and MariaDB both refuse writes in a read-only transaction,
	 * so the session is told so in plain SQL.
	 */
	private static void readOnlyOnTheServer(Connection connection, ProbeProperties.DataSourceSettings source)
			throws SQLException {
		String url = source.url().toLowerCase(Locale.ROOT);
		if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set session transaction read only");
			}
		}
	}

	private Rows read(Connection connection, Probe probe) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.setQueryTimeout((int) Math.max(1, (probe.timeoutMs() + 999) / 1000));
			statement.setMaxRows(properties.maxQueryRows() + 1);
			try (ResultSet result = statement.executeQuery(probe.query())) {
				ResultSetMetaData meta = result.getMetaData();
				List<String> columns = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(meta.getColumnLabel(i));
				}
				List<List<String>> kept = new ArrayList<>();
				long count = 0;
				while (count <= properties.maxQueryRows() && result.next()) {
					count++;
					if (kept.size() < properties.maxEvidenceRows()) {
						List<String> row = new ArrayList<>();
						for (int i = 1; i <= columns.size(); i++) {
							String value = result.getString(i);
							row.add(value == null || value.length() <= MAX_VALUE ? value
									: value.substring(0, MAX_VALUE - 1) + "…");
						}
						kept.add(row);
					}
				}
				return new Rows(columns, kept, count, count > properties.maxQueryRows());
			}
		}
	}

	private CheckResult judge(Probe probe, Rows rows, int elapsed) {
		String counted = rows.capped() ? "more than " + properties.maxQueryRows() + " rows"
				: rows.count() + (rows.count() == 1 ? " row" : " rows");
		String detail = "the query returned " + counted;
		String error = switch (probe.expectation()) {
			case ZERO_ROWS -> rows.count() == 0 ? null : "the query returned " + counted + ", expected none";
			case ROW_COUNT_BETWEEN -> {
				boolean low = probe.expectedMin() != null && rows.count() < probe.expectedMin();
				boolean high = probe.expectedMax() != null && (rows.capped() || rows.count() > probe.expectedMax());
				yield low || high ? "the query returned " + counted + ", expected " + bounds(probe) : null;
			}
			case VALUE_EQUALS -> {
				if (rows.count() == 0) {
					yield "the query returned no rows, expected the value '" + probe.expectedValue() + "'";
				}
				String value = rows.rows().get(0).isEmpty() ? null : rows.rows().get(0).get(0);
				yield String.valueOf(value).equals(probe.expectedValue()) ? null
						: "the value is '" + value + "', expected '" + probe.expectedValue() + "'";
			}
		};
		if (error == null) {
			return CheckResult.of(CheckStatus.UP, elapsed, null, detail);
		}
		return CheckResult.of(CheckStatus.DOWN, elapsed, error, detail).withEvidence(evidence(rows));
	}

	private static String bounds(Probe probe) {
		if (probe.expectedMin() != null && probe.expectedMax() != null) {
			return probe.expectedMin() + " to " + probe.expectedMax();
		}
		return probe.expectedMin() != null ? "at least " + probe.expectedMin() : "at most " + probe.expectedMax();
	}

	private String evidence(Rows rows) {
		Map<String, Object> evidence = new LinkedHashMap<>();
		evidence.put("columns", rows.columns());
		evidence.put("rows", rows.rows());
		evidence.put("rowCount", rows.count());
		evidence.put("more", rows.count() > rows.rows().size());
		try {
			return json.writeValueAsString(evidence);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Lists of strings always serialise", ex);
		}
	}

	/** A driver's message, unless it repeats the URL or the password. */
	private static String safe(String message, ProbeProperties.DataSourceSettings source) {
		if (message == null) {
			return "no message from the driver";
		}
		if (message.contains(source.url())
				|| (source.password() != null && !source.password().isEmpty() && message.contains(source.password()))) {
			return "the driver's message names the data source's settings and is not shown";
		}
		return message;
	}

	/**
	 * @param rows the first rows, for the evidence
	 * @param count rows read, at most one more than max-query-rows
	 * @param capped whether there were more than max-query-rows
	 */
	private record Rows(List<String> columns, List<List<String>> rows, long count, boolean capped) {
	}

}
