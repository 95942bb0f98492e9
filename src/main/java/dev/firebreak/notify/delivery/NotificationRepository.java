package dev.firebreak.notify.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.notify.channel.Attachment;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Message;
import dev.firebreak.notify.channel.Purpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox in plain SQL. Claims work like the alert inbox's: a node writes its token
 * and a lease onto due rows that nobody holds, in one statement, and only then reads them
 * back; another node takes a row over when its lease has passed.
 */
@Repository
class NotificationRepository {

	private static final String COLUMNS = """
			id, incident_id, username, contact_method_id, channel, purpose, status, attempts, created_at,
			next_attempt_at, sent_at, ended_at, last_error, message""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	NotificationRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(NewNotification notification, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		Attachment attachment = notification.attachment();
		jdbc.sql("""
				insert into fb_notification (incident_id, username, contact_method_id, channel, address, purpose,
				  dedup_key, message, attachment_name, attachment, created_at, status, attempts, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(notification.incidentId(), notification.username(), notification.contactMethodId(),
					notification.channel().name(), notification.address(), notification.purpose().name(),
					notification.dedupKey(), toJson(notification.message()),
					attachment == null ? null : attachment.name(), attachment == null ? null : attachment.content(),
					toDb(at), NotificationStatus.PENDING.name(), toDb(notification.dueAt()))
			.update(key);
		return key.getKey().longValue();
	}

	Optional<Long> idOf(String dedupKey) {
		return jdbc.sql("select id from fb_notification where dedup_key = ?")
			.param(dedupKey)
			.query(Long.class)
			.optional();
	}

	/**
	 * Claims up to {@code limit} due rows for this node and reads them back. Candidates
	 * are read first; the update's own conditions decide a race with another node row by
	 * row.
	 */
	List<Outgoing> claimDue(String token, Instant now, Instant leaseUntil, int limit) {
		List<Long> candidates = jdbc.sql("""
				select id from fb_notification
				where status = :pending and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
				order by next_attempt_at, id limit :limit""")
			.param("pending", NotificationStatus.PENDING.name())
			.param("now", toDb(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
		if (candidates.isEmpty()) {
			return List.of();
		}
		jdbc.sql("""
				update fb_notification set claim_token = :token, claimed_until = :until
				where id in (:ids) and status = :pending and (claimed_until is null or claimed_until < :now)""")
			.param("token", token)
			.param("until", toDb(leaseUntil))
			.param("ids", candidates)
			.param("pending", NotificationStatus.PENDING.name())
			.param("now", toDb(now))
			.update();
		return jdbc.sql("""
				select id, incident_id, username, contact_method_id, channel, address, purpose, message,
				  attachment_name, attachment, attempts, created_at, next_attempt_at
				from fb_notification where claim_token = :token and id in (:ids) order by next_attempt_at, id""")
			.param("token", token)
			.param("ids", candidates)
			.query(this::outgoing)
			.list();
	}

	/**
	 * Extends this node's lease on the claimed notifications it has not finished.
	 */
	int renew(String token, List<Long> ids, Instant leaseUntil) {
		return jdbc.sql("""
				update fb_notification set claimed_until = :until
				where id in (:ids) and claim_token = :token and status = :pending""")
			.param("until", toDb(leaseUntil))
			.param("ids", ids)
			.param("token", token)
			.param("pending", NotificationStatus.PENDING.name())
			.update();
	}

	/**
	 * @return false when this node lost its claim meanwhile (another node took over)
	 */
	boolean markSent(long id, String token, Instant at) {
		return jdbc.sql("""
				update fb_notification set status = ?, sent_at = ?, ended_at = ?, attempts = attempts + 1,
				  claim_token = null, claimed_until = null, last_error = null
				where id = ? and claim_token = ?""")
			.params(NotificationStatus.SENT.name(), toDb(at), toDb(at), id, token)
			.update() == 1;
	}

	boolean markRetry(long id, String token, String error, Instant nextAttempt) {
		return jdbc.sql("""
				update fb_notification set attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
				  claim_token = null, claimed_until = null
				where id = ? and claim_token = ?""")
			.params(toDb(nextAttempt), truncate(error), id, token)
			.update() == 1;
	}

	boolean markEnded(long id, String token, NotificationStatus status, String reason, boolean attempted, Instant at) {
		return jdbc.sql("""
				update fb_notification set status = ?, ended_at = ?, last_error = ?,
				  attempts = attempts + ?, claim_token = null, claimed_until = null
				where id = ? and claim_token = ?""")
			.params(status.name(), toDb(at), truncate(reason), attempted ? 1 : 0, id, token)
			.update() == 1;
	}

	/** Cancels an incident's waiting notifications of these purposes. */
	int cancelPending(long incidentId, Collection<Purpose> purposes, String reason, Instant at) {
		return jdbc.sql("""
				update fb_notification set status = :cancelled, ended_at = :at, last_error = :reason
				where incident_id = :incident and status = :pending and purpose in (:purposes)
				  and (claimed_until is null or claimed_until < :at)""")
			.param("cancelled", NotificationStatus.CANCELLED.name())
			.param("at", toDb(at))
			.param("reason", truncate(reason))
			.param("incident", incidentId)
			.param("pending", NotificationStatus.PENDING.name())
			.param("purposes", purposes.stream().map(Purpose::name).toList())
			.update();
	}

	List<Notification> forIncident(long incidentId) {
		return jdbc.sql("select " + COLUMNS + " from fb_notification where incident_id = ? order by id")
			.param(incidentId)
			.query(this::notification)
			.list();
	}

	/**
	 * The notifications of these incidents, in incident and id order (for the issue log).
	 */
	List<Notification> forIncidents(Collection<Long> incidentIds) {
		if (incidentIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from fb_notification where incident_id in (:ids) order by incident_id, id")
			.param("ids", incidentIds)
			.query(this::notification)
			.list();
	}

	List<Notification> recentFor(String username, int limit) {
		return jdbc.sql("select " + COLUMNS + " from fb_notification where username = ? order by id desc limit ?")
			.params(username, limit)
			.query(this::notification)
			.list();
	}

	Optional<Notification> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_notification where id = ?")
			.param(id)
			.query(this::notification)
			.optional();
	}

	private Notification notification(ResultSet rs, int row) throws SQLException {
		long incidentId = rs.getLong("incident_id");
		Long incident = rs.wasNull() ? null : incidentId;
		long methodId = rs.getLong("contact_method_id");
		Long method = rs.wasNull() ? null : methodId;
		return new Notification(rs.getLong("id"), incident, rs.getString("username"), method,
				ChannelKind.valueOf(rs.getString("channel")), Purpose.valueOf(rs.getString("purpose")),
				NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"), instant(rs, "ended_at"),
				rs.getString("last_error"), fromJson(rs.getString("message")).headline());
	}

	private Outgoing outgoing(ResultSet rs, int row) throws SQLException {
		long incidentId = rs.getLong("incident_id");
		Long incident = rs.wasNull() ? null : incidentId;
		long methodId = rs.getLong("contact_method_id");
		Long method = rs.wasNull() ? null : methodId;
		byte[] content = rs.getBytes("attachment");
		String attachmentName = rs.getString("attachment_name");
		Attachment attachment = content == null ? null
				: new Attachment(attachmentName, contentType(attachmentName), content);
		return new Outgoing(rs.getLong("id"), incident, rs.getString("username"), method,
				ChannelKind.valueOf(rs.getString("channel")), rs.getString("address"),
				Purpose.valueOf(rs.getString("purpose")), fromJson(rs.getString("message")), attachment,
				rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "next_attempt_at"));
	}

	private static String contentType(String name) {
		return name != null && name.endsWith(".xlsx")
				? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/octet-stream";
	}

	private String toJson(Message message) {
		try {
			return json.writeValueAsString(message);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Message fromJson(String message) {
		try {
			return json.readValue(message, Message.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable notification message", ex);
		}
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
	}

	private static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	/** A claimed notification, with everything needed to send it. */
	record Outgoing(long id, Long incidentId, String username, Long contactMethodId, ChannelKind channel,
			String address, Purpose purpose, Message message, Attachment attachment, int attempts, Instant createdAt,
			Instant dueAt) {
	}

}
