package dev.firebreak.intake;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Severity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable inbox ({@code fb_alert_event}). Alerts are inserted in the request that
 * brought them and claimed by workers in batches: a claim is a token written onto pending
 * rows, so several nodes can drain one inbox without taking the same alert twice, and a
 * claim left behind by a dead node expires.
 */
@Repository
class AlertInbox {

	static final String PENDING = "PENDING";

	static final String DONE = "DONE";

	static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AlertInbox(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void store(long integrationId, List<InboundAlert> alerts, Instant receivedAt) {
		batch.batchUpdate("""
				insert into fb_alert_event (integration_id, received_at, action, dedup_key, severity, impact, title,
				  description, service, team, payload, status, attempts)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", alerts, alerts.size(), (statement, alert) -> {
			statement.setLong(1, integrationId);
			statement.setObject(2, toDb(receivedAt));
			statement.setString(3, alert.action().name());
			statement.setString(4, alert.dedupKey());
			statement.setString(5, alert.severity().name());
			statement.setString(6, alert.impact().name());
			statement.setString(7, alert.title());
			statement.setString(8, alert.description());
			statement.setString(9, alert.service());
			statement.setString(10, alert.team());
			statement.setString(11, alert.payload());
			statement.setString(12, PENDING);
		});
	}

	/**
	 * The newest stored alert of an integration with this dedup key, as stored just now.
	 */
	Optional<Long> latestId(long integrationId, String dedupKey) {
		return jdbc.sql("select max(id) from fb_alert_event where integration_id = ? and dedup_key = ?")
			.params(integrationId, dedupKey)
			.query(Long.class)
			.optional();
	}

	/** Where one stored alert stands: PENDING, DONE or FAILED, and what it did. */
	Optional<TestAlerts.Result> result(long integrationId, long id) {
		return jdbc.sql("select status, outcome from fb_alert_event where id = ? and integration_id = ?")
			.params(id, integrationId)
			.query((rs, row) -> TestAlerts.Result.of(id, rs.getString("status"), rs.getString("outcome")))
			.optional();
	}

	long countPending() {
		return jdbc.sql("select count(*) from fb_alert_event where status = ?")
			.param(PENDING)
			.query(Long.class)
			.single();
	}

	/**
	 * When the oldest pending alert arrived, read from the first entry of the status
	 * index (ids grow with arrival).
	 */
	Optional<Instant> oldestPendingReceivedAt() {
		return jdbc.sql("select received_at from fb_alert_event where status = ? order by status, id limit 1")
			.param(PENDING)
			.query((rs, row) -> rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC))
			.optional();
	}

	/**
	 * Claims up to {@code limit} of the oldest unclaimed (or abandoned) pending alerts.
	 */
	List<StoredAlert> claim(int limit, Instant now, Instant abandonedBefore) {
		// "status, id" is the status index's own order: H2 then reads the first rows of
		// the index and stops, where "id" alone made it sort the whole backlog each time
		List<Long> candidates = jdbc.sql("""
				select id from fb_alert_event
				where status = :pending and (claim_token is null or claimed_at < :abandoned)
				  and (retry_at is null or retry_at <= :now)
				order by status, id limit :limit""")
			.param("pending", PENDING)
			.param("now", toDb(now))
			.param("abandoned", toDb(abandonedBefore))
			.param("limit", limit)
			.query(Long.class)
			.list();
		if (candidates.isEmpty()) {
			return List.of();
		}
		String token = UUID.randomUUID().toString();
		// the candidates' id range, not an "id in (...)" list: the status index serves a
		// range directly, where some databases (H2) test a list against every pending
		// row. An alert committed into a gap of the range meanwhile is claimed too, which
		// is harmless: what this claim returns is read back by its token.
		long first = candidates.get(0);
		long last = candidates.get(candidates.size() - 1);
		int claimed = jdbc.sql("""
				update fb_alert_event set claim_token = :token, claimed_at = :now
				where status = :pending and id between :first and :last
				  and (claim_token is null or claimed_at < :abandoned) and (retry_at is null or retry_at <= :now)""")
			.param("token", token)
			.param("now", toDb(now))
			.param("pending", PENDING)
			.param("first", first)
			.param("last", last)
			.param("abandoned", toDb(abandonedBefore))
			.update();
		if (claimed == 0) {
			return List.of();
		}
		// by the id range again: the claim token has no index, and a deep backlog is all
		// PENDING
		return jdbc.sql("""
				select id, integration_id, received_at, attempts, action, dedup_key, severity, impact, title,
				  description, service, team, payload
				from fb_alert_event where id between :first and :last and claim_token = :token order by id""")
			.param("first", first)
			.param("last", last)
			.param("token", token)
			.query((rs, row) -> new StoredAlert(rs.getLong("id"), rs.getLong("integration_id"),
					rs.getObject("received_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt("attempts"),
					token,
					new InboundAlert(AlertAction.valueOf(rs.getString("action")), rs.getString("dedup_key"),
							Severity.valueOf(rs.getString("severity")), Impact.valueOf(rs.getString("impact")),
							rs.getString("title"), rs.getString("description"), rs.getString("service"),
							rs.getString("team"), rs.getString("payload"))))
			.list();
	}

	/**
	 * Moves a live claim's time forward, so that it does not expire while its node works
	 * it. Alerts already marked done (their token cleared) are not touched.
	 */
	int renew(String token, long first, long last, Instant now) {
		return jdbc.sql("""
				update fb_alert_event set claimed_at = :now
				where id between :first and :last and claim_token = :token and status = :pending""")
			.param("now", toDb(now))
			.param("first", first)
			.param("last", last)
			.param("token", token)
			.param("pending", PENDING)
			.update();
	}

	/**
	 * The latest firing alert with this key, for its labels (index
	 * {@code ix_alert_event_key}).
	 */
	Optional<InboundAlert> latestTrigger(long integrationId, String dedupKey) {
		return jdbc.sql("""
				select action, dedup_key, severity, impact, title, description, service, team, payload
				from fb_alert_event where integration_id = ? and dedup_key = ? and action = ?
				order by id desc limit 1""")
			.params(integrationId, dedupKey, AlertAction.TRIGGER.name())
			.query((rs, row) -> new InboundAlert(AlertAction.valueOf(rs.getString("action")), rs.getString("dedup_key"),
					Severity.valueOf(rs.getString("severity")), Impact.valueOf(rs.getString("impact")),
					rs.getString("title"), rs.getString("description"), rs.getString("service"), rs.getString("team"),
					rs.getString("payload")))
			.optional();
	}

	/** What a processed alert did, as the inbox records it. */
	record Processed(StoredAlert alert, String outcome) {
	}

	/**
	 * Marks processed alerts done, in one JDBC batch.
	 * @return the id of an alert whose claim was lost to another node, which then owns
	 * it, if any
	 */
	Optional<Long> markDone(List<Processed> done, Instant at) {
		int[][] updated = batch
			.batchUpdate("update fb_alert_event set status = ?, outcome = ?, processed_at = ?, claim_token = null"
					+ " where id = ? and claim_token = ?", done, done.size(), (statement, processed) -> {
						statement.setString(1, DONE);
						statement.setString(2, processed.outcome());
						statement.setObject(3, toDb(at));
						statement.setLong(4, processed.alert().id());
						statement.setString(5, processed.alert().claimToken());
					});
		for (int i = 0; i < done.size(); i++) {
			// a driver that cannot count a batch's rows says SUCCESS_NO_INFO (-2)
			if (updated[0][i] == 0) {
				return Optional.of(done.get(i).alert().id());
			}
		}
		return Optional.empty();
	}

	/**
	 * Releases the alert for a later try at {@code retryAt}, or parks it as FAILED. Only
	 * real faults count as attempts; a race or a lock timeout does not.
	 */
	void markFailed(StoredAlert alert, String error, boolean countAttempt, boolean park, Instant retryAt, Instant at) {
		jdbc.sql("update fb_alert_event set status = ?, outcome = ?, processed_at = ?, attempts = attempts + ?,"
				+ " claim_token = null, retry_at = ? where id = ? and claim_token = ?")
			.params(park ? FAILED : PENDING, truncate(error), park ? toDb(at) : null, countAttempt ? 1 : 0,
					toDb(retryAt), alert.id(), alert.claimToken())
			.update();
	}

	/**
	 * Deletes up to {@code limit} alerts processed before {@code before}, oldest first.
	 * @return how many went
	 */
	int deleteProcessed(Instant before, int limit) {
		// ids first, then a delete by id: portable (no DELETE ... LIMIT on H2), and each
		// delete locks only the rows it removes
		List<Long> ids = jdbc
			.sql("select id from fb_alert_event where status = ? and processed_at < ? order by processed_at limit ?")
			.params(DONE, toDb(before), limit)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from fb_alert_event where status = :done and id in (:ids)")
			.param("done", DONE)
			.param("ids", ids)
			.update();
	}

	private static String truncate(String text) {
		String value = text == null ? "failed" : text;
		return value.length() > 200 ? value.substring(0, 200) : value;
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
