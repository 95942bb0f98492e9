package dev.firebreak.probe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakMySqlTest;
import dev.firebreak.MySqlTestDatabase;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data-integrity checks against a real MariaDB data source ({@code test-data}, pointed at
 * the MySQL test database): zero broken rows is up; broken rows open one incident whose
 * description carries the first rows as evidence, bounded; fixing the data resolves it; a
 * query that runs too long is ended at the probe's timeout; and the connection is
 * read-only, so a SELECT that would write through a stored function is refused by the
 * server itself, behind the query guard.
 */
@FirebreakMySqlTest
class MySqlDataIntegrityTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProbeProperties properties;

	ProbeScenario scenario;

	String table;

	@BeforeEach
	void setUp() throws SQLException {
		scenario = new ProbeScenario(new ApiClient(port), context, TestServices.fresh(catalogue, "data", 2, "ops"),
				Instant.now().truncatedTo(ChronoUnit.SECONDS));
		table = "orders_" + UUID.randomUUID().toString().substring(0, 8);
		sql("create table " + table + " (id int primary key, total int not null)");
		sql("insert into " + table + " values (1, 10), (2, 20)");
	}

	@AfterEach
	void tearDown() throws SQLException {
		scenario.close();
		sql("drop table if exists " + table);
	}

	@Test
	void brokenRowsOpenAnIncidentWithTheRowsAsEvidenceAndFixingThemResolvesIt() throws SQLException {
		long id = scenario.create(Map.of("kind", "DATA_INTEGRITY", "name", "Negative totals", "dataSource", "test-data",
				"query", "select id, total from " + table + " where total < 0 order by id", "intervalSeconds", 60,
				"timeoutMs", 5000))
			.get("id")
			.asLong();

		assertThat(scenario.run()).isEqualTo(1);
		assertThat(scenario.drain()).as("zero rows: up, nothing sent").isZero();
		assertThat(scenario.statuses(id)).containsExactly("UP");
		assertThat(scenario.samples(id).get(0).get("detail").asText()).isEqualTo("the query returned 0 rows");

		// more broken rows than the evidence keeps
		int broken = properties.maxEvidenceRows() + 5;
		StringBuilder insert = new StringBuilder("insert into " + table + " values ");
		for (int i = 0; i < broken; i++) {
			insert.append(i == 0 ? "" : ", ").append("(").append(100 + i).append(", ").append(-1 - i).append(")");
		}
		sql(insert.toString());
		scenario.later(60);
		assertThat(scenario.run()).isEqualTo(1);
		assertThat(scenario.drain()).isEqualTo(1);

		List<JsonNode> incidents = scenario.incidents();
		assertThat(incidents).hasSize(1);
		String number = incidents.get(0).get("number").asText();
		JsonNode incident = scenario.incident(number);
		assertThat(incident.get("title").asText()).isEqualTo("Negative totals is down");
		String description = incident.get("description").asText();
		assertThat(description)
			.contains("the query returned " + broken + " rows, expected none", "Evidence", "100", "-1",
					String.valueOf(100 + properties.maxEvidenceRows() - 1))
			.doesNotContain(String.valueOf(100 + properties.maxEvidenceRows()))
			.doesNotContain("jdbc:");
		JsonNode evidence = scenario.samples(id).get(1).get("evidence");
		assertThat(evidence.get("rows")).hasSize(properties.maxEvidenceRows());
		assertThat(evidence.get("rowCount").asLong()).isEqualTo(broken);
		assertThat(evidence.get("more").asBoolean()).isTrue();
		assertThat(evidence.get("columns").toString()).isEqualTo("[\"id\",\"total\"]");

		scenario.later(60);
		scenario.run();
		assertThat(scenario.drain()).as("still down: a repeat within the repeat period sends nothing new")
			.isLessThanOrEqualTo(1);
		assertThat(scenario.incidents()).as("one incident per check, not per sample").hasSize(1);

		sql("delete from " + table + " where total < 0");
		scenario.later(60);
		scenario.run();
		assertThat(scenario.drain()).isEqualTo(1);
		assertThat(scenario.timeline(number)).contains("RECOVERY_REPORTED");
		assertThat(scenario.statuses(id)).containsExactly("UP", "DOWN", "DOWN", "UP");
		assertThat(scenario.availability().get("uptimePercent").asDouble()).isEqualTo(50.0);
	}

	@Test
	void aQueryThatRunsTooLongIsEndedAtTheTimeout() {
		// ten billion rows of MariaDB's sequence engine: far more than a second's work
		long id = scenario.create(Map.of("kind", "DATA_INTEGRITY", "name", "Slow", "dataSource", "test-data", "query",
				"select sum(a.seq * b.seq) from seq_1_to_100000 a, seq_1_to_100000 b", "expectation", "VALUE_EQUALS",
				"expectedValue", "0", "intervalSeconds", 60, "timeoutMs", 1000))
			.get("id")
			.asLong();
		long started = System.nanoTime();
		assertThat(scenario.run()).isEqualTo(1);
		long tookMs = (System.nanoTime() - started) / 1_000_000;
		JsonNode sample = scenario.samples(id).get(0);
		assertThat(sample.get("status").asText()).isEqualTo("DOWN");
		assertThat(sample.get("error").asText()).isEqualTo("the query did not finish within 1000 ms");
		assertThat(tookMs).as("ended at the timeout, not run to its end").isLessThan(10_000);
	}

	@Test
	void theReadOnlyConnectionRefusesAWriteThatGetsPastTheQueryGuard() throws SQLException {
		String function = "fb_touch_" + table.substring("orders_".length());
		sql("create function " + function + "() returns int modifies sql data begin insert into " + table
				+ " values (999, 999); return 1; end");
		try {
			long id = scenario.create(Map.of("kind", "DATA_INTEGRITY", "name", "Sneaky", "dataSource", "test-data",
					"query", "select " + function + "()", "expectation", "VALUE_EQUALS", "expectedValue", "1",
					"intervalSeconds", 60, "timeoutMs", 5000))
				.get("id")
				.asLong();
			assertThat(scenario.run()).isEqualTo(1);
			JsonNode sample = scenario.samples(id).get(0);
			assertThat(sample.get("status").asText()).isEqualTo("DOWN");
			assertThat(sample.get("error").asText()).containsIgnoringCase("read only");
			assertThat(count("select count(*) from " + table + " where id = 999")).as("nothing written").isZero();
		}
		finally {
			sql("drop function if exists " + function);
		}
	}

	private static void sql(String statement) throws SQLException {
		try (Connection connection = connection(); Statement s = connection.createStatement()) {
			s.execute(statement);
		}
	}

	private static long count(String query) throws SQLException {
		try (Connection connection = connection();
				Statement s = connection.createStatement();
				ResultSet rows = s.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static Connection connection() throws SQLException {
		return DriverManager.getConnection(MySqlTestDatabase.url(), MySqlTestDatabase.user(),
				MySqlTestDatabase.password());
	}

}
