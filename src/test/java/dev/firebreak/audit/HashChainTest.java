package dev.firebreak.audit;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TestServices;
import dev.firebreak.incident.TimelineChain;
import dev.firebreak.incident.TimelineChainBackfill;
import dev.firebreak.security.AuditChainBackfill;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's and the audit log's hash chains: verify is OK on untouched chains, names
 * the entry that was changed, or the one after an entry that was removed, and the chains
 * stay linear under concurrent appends. Every test puts back what it broke, since the
 * chains are shared by the whole test run.
 */
@FirebreakTest
class HashChainTest {

	@LocalServerPort
	int port;

	@Autowired
	IncidentService incidents;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = TestServices.fresh(catalogue, "chain", 2, "ops");
	}

	@Test
	void untouchedChainsVerify() {
		report();
		audit.record("audra", "CHAIN_TEST", "untouched", Map.of("n", 1));

		JsonNode verified = verify();

		assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
		assertThat(verified.at("/timeline/entries").asLong()).isPositive();
		assertThat(verified.at("/timeline/first").isNull()).isTrue();
		assertThat(verified.at("/audit/entries").asLong()).isPositive();
		assertThat(verified.at("/audit/head/hash").asText()).matches("[0-9a-f]{64}");
	}

	@Test
	void aChangedTimelineEntryIsNamed() {
		List<Map<String, Object>> entries = entriesOf(report());
		Map<String, Object> second = entries.get(1);
		long id = ((Number) second.get("id")).longValue();
		try {
			jdbc.sql("update fb_timeline_entry set actor = ? where id = ?").params("mallory", id).update();

			JsonNode verified = verify();

			assertThat(verified.get("ok").asBoolean()).isFalse();
			assertThat(verified.at("/timeline/first/entryId").asLong()).isEqualTo(id);
			assertThat(verified.at("/timeline/first/reason").asText()).contains("content does not match its hash");
			assertThat(verified.at("/timeline/broken").asLong()).isEqualTo(1);
		}
		finally {
			jdbc.sql("update fb_timeline_entry set actor = ? where id = ?").params(second.get("actor"), id).update();
		}
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	@Test
	void aRewrittenEntryWithARecomputedHashBreaksTheNextLink() {
		List<Map<String, Object>> entries = entriesOf(report());
		Map<String, Object> first = entries.get(0);
		long id = ((Number) first.get("id")).longValue();
		long next = ((Number) entries.get(1).get("id")).longValue();
		String forged = TimelineChain.hash((String) first.get("prev_hash"),
				((Number) first.get("incident_id")).longValue(), utc(first.get("at")), "mallory",
				(String) first.get("type"), (String) first.get("details"));
		try {
			jdbc.sql("update fb_timeline_entry set actor = ?, hash = ? where id = ?")
				.params("mallory", forged, id)
				.update();

			JsonNode verified = verify();

			// the forged entry is consistent in itself; the next one no longer links to
			// it
			assertThat(verified.at("/timeline/first/entryId").asLong()).isEqualTo(next);
			assertThat(verified.at("/timeline/first/reason").asText()).contains("entry " + id + " was rewritten");
			assertThat(verified.at("/timeline/broken").asLong()).isEqualTo(1);
		}
		finally {
			jdbc.sql("update fb_timeline_entry set actor = ?, hash = ? where id = ?")
				.params(first.get("actor"), first.get("hash"), id)
				.update();
		}
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	@Test
	void aRemovedTimelineEntryIsNamedByTheEntryAfterIt() {
		String number = report();
		List<Map<String, Object>> entries = entriesOf(number);
		assertThat(entries).hasSizeGreaterThanOrEqualTo(3);
		Map<String, Object> removed = entries.get(1);
		long next = ((Number) entries.get(2).get("id")).longValue();
		try {
			jdbc.sql("delete from fb_timeline_entry where id = ?").param(removed.get("id")).update();

			JsonNode verified = verify();

			assertThat(verified.at("/timeline/first/entryId").asLong()).isEqualTo(next);
			assertThat(verified.at("/timeline/first/incident").asText()).isEqualTo(number);
			assertThat(verified.at("/timeline/first/reason").asText()).contains("was removed");
		}
		finally {
			jdbc.sql("""
					insert into fb_timeline_entry (id, incident_id, at, actor, type, details, prev_hash, hash)
					values (:id, :incident_id, :at, :actor, :type, :details, :prev_hash, :hash)""")
				.params(lowerCaseKeys(removed))
				.update();
		}
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	@Test
	void aChangedAuditEntryIsNamedAndARemovedNewestEntryIsNoticed() {
		audit.record("audra", "CHAIN_TEST", "to change", Map.of("n", 1));
		Map<String, Object> changed = newestAuditEntry();
		long id = ((Number) changed.get("id")).longValue();
		try {
			jdbc.sql("update fb_audit_log set target = ? where id = ?").params("covered up", id).update();

			JsonNode verified = verify();

			assertThat(verified.at("/audit/ok").asBoolean()).isFalse();
			assertThat(verified.at("/audit/first/entryId").asLong()).isEqualTo(id);
			assertThat(verified.at("/audit/first/reason").asText()).contains("content does not match its hash");
		}
		finally {
			jdbc.sql("update fb_audit_log set target = ? where id = ?").params(changed.get("target"), id).update();
		}

		audit.record("audra", "CHAIN_TEST", "to remove", Map.of("n", 2));
		Map<String, Object> removed = newestAuditEntry();
		try {
			jdbc.sql("delete from fb_audit_log where id = ?").param(removed.get("id")).update();

			JsonNode verified = verify();

			assertThat(verified.at("/audit/ok").asBoolean()).isFalse();
			assertThat(verified.at("/audit/first/entryId").asLong()).isEqualTo(removed.get("id"));
			assertThat(verified.at("/audit/first/reason").asText()).contains("removed from the end");
		}
		finally {
			jdbc.sql("""
					insert into fb_audit_log (id, at, actor, action, target, details, source_address, prev_hash, hash)
					values (:id, :at, :actor, :action, :target, :details, :source_address, :prev_hash, :hash)""")
				.params(lowerCaseKeys(removed))
				.update();
		}
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	@Test
	void concurrentAppendsKeepBothChainsLinear() throws Exception {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			numbers.add(report());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				int n = i;
				work.add(pool.submit(() -> audit.record("audra", "CHAIN_TEST", "concurrent " + n, Map.of("n", n))));
				long incident = Incident.idOf(numbers.get(i % numbers.size()));
				work.add(pool.submit(() -> escalateRetrying(incident, n)));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		JsonNode verified = verify();
		assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
		assertThat(
				jdbc.sql("select count(*) from fb_audit_log where action = 'CHAIN_TEST' and target like 'concurrent %'")
					.query(Long.class)
					.single())
			.isGreaterThanOrEqualTo(40);
	}

	/**
	 * The Liquibase steps that chained the rows written before chains existed compute
	 * exactly the hashes that appends write, so running them again over chained rows
	 * changes nothing, and repairs rows whose links were wiped.
	 */
	@Test
	void theBackfillChainsRowsLikeAppendsDo() throws Exception {
		String number = report();
		audit.record("audra", "CHAIN_TEST", "backfill", Map.of("n", 3));
		List<Map<String, Object>> before = entriesOf(number);
		String auditHead = jdbc.sql("select hash from fb_chain_head where name = 'audit'").query(String.class).single();
		jdbc.sql("update fb_timeline_entry set prev_hash = ?, hash = ? where incident_id = ?")
			.params("0".repeat(64), "0".repeat(64), Incident.idOf(number))
			.update();
		assertThat(verify().get("ok").asBoolean()).isFalse();

		try (Connection connection = dataSource.getConnection()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			new TimelineChainBackfill().execute(database);
			new AuditChainBackfill().execute(database);
			connection.commit();
		}

		assertThat(entriesOf(number)).isEqualTo(before);
		assertThat(jdbc.sql("select hash from fb_chain_head where name = 'audit'").query(String.class).single())
			.isEqualTo(auditHead);
		assertThat(verify().get("ok").asBoolean()).isTrue();
	}

	private void escalateRetrying(long incident, int n) {
		for (int attempt = 0; attempt < 50; attempt++) {
			try {
				incidents.escalate(incident, "manager", "concurrent " + n, "mona");
				return;
			}
			catch (org.springframework.dao.OptimisticLockingFailureException concurrent) {
				// another thread escalated the same incident first: load it again and
				// retry
			}
		}
		throw new IllegalStateException("could not escalate " + incident);
	}

	/**
	 * Rows come back with the database's spelling of column names; parameters are lower
	 * case.
	 */
	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		Map<String, Object> params = new java.util.HashMap<>();
		row.forEach((key, value) -> params.put(key.toLowerCase(java.util.Locale.ROOT), value));
		return params;
	}

	/** H2 answers a {@code Timestamp}, Connector/J a {@code LocalDateTime}: both UTC. */
	private static java.time.Instant utc(Object at) {
		java.time.LocalDateTime time = at instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime()
				: (java.time.LocalDateTime) at;
		return time.toInstant(java.time.ZoneOffset.UTC);
	}

	private JsonNode verify() {
		ApiClient.Response response = api.get("audra", "/api/v1/audit/verify");
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	private String report() {
		return incidents.report(new NewIncident("Chained", null, service, Severity.HIGH, Impact.MEDIUM), "rita")
			.number();
	}

	private List<Map<String, Object>> entriesOf(String number) {
		return jdbc
			.sql("select id, incident_id, at, actor, type, details, prev_hash, hash from fb_timeline_entry"
					+ " where incident_id = ? order by id")
			.param(Incident.idOf(number))
			.query()
			.listOfRows();
	}

	private Map<String, Object> newestAuditEntry() {
		return jdbc
			.sql("select id, at, actor, action, target, details, source_address, prev_hash, hash"
					+ " from fb_audit_log order by id desc limit 1")
			.query()
			.singleRow();
	}

}
