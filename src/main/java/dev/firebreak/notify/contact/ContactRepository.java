package dev.firebreak.notify.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.firebreak.incident.Priority;
import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.channel.Destination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Contact methods and notification rules in plain SQL, times as UTC wall-clock values.
 */
@Repository
class ContactRepository {

	private static final String METHOD_COLUMNS = """
			id, username, kind, label, address, created_at, last_success_at, failing_since, last_error,
			last_error_at""";

	private final JdbcClient jdbc;

	ContactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertMethod(String username, ChannelKind kind, String label, String address, String secret, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_contact_method (username, kind, label, address, secret, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(username, kind.name(), label, address, secret, toDb(at))
			.update(key);
		return key.getKey().longValue();
	}

	Optional<ContactMethod> findMethod(long id) {
		return jdbc.sql("select " + METHOD_COLUMNS + " from fb_contact_method where id = ?")
			.param(id)
			.query(this::method)
			.optional();
	}

	List<ContactMethod> methodsOf(String username) {
		return jdbc.sql("select " + METHOD_COLUMNS + " from fb_contact_method where username = ? order by id")
			.param(username)
			.query(this::method)
			.list();
	}

	List<ContactMethod> failing() {
		return jdbc
			.sql("select " + METHOD_COLUMNS
					+ " from fb_contact_method where failing_since is not null order by failing_since desc")
			.query(this::method)
			.list();
	}

	Optional<Destination> destination(long id) {
		return jdbc.sql("select kind, address, secret from fb_contact_method where id = ?")
			.param(id)
			.query((rs, row) -> new Destination(ChannelKind.valueOf(rs.getString("kind")), rs.getString("address"),
					rs.getString("secret")))
			.optional();
	}

	/**
	 * Rules go with their method (the foreign key cascades too; this keeps H2 and MySQL
	 * alike).
	 */
	boolean deleteMethod(long id) {
		jdbc.sql("delete from fb_notification_rule where contact_method_id = ?").param(id).update();
		return jdbc.sql("delete from fb_contact_method where id = ?").param(id).update() == 1;
	}

	void markDelivered(long id, Instant at, boolean givenUpOnSince) {
		jdbc.sql("update fb_contact_method set last_success_at = ?" + (givenUpOnSince ? "" : ", failing_since = null")
				+ " where id = ?")
			.params(toDb(at), id)
			.update();
	}

	void markFailing(long id, String error, Instant at) {
		jdbc.sql("""
				update fb_contact_method set failing_since = coalesce(failing_since, ?), last_error = ?,
				  last_error_at = ?
				where id = ?""").params(toDb(at), truncate(error), toDb(at), id).update();
	}

	/** A failed attempt that will be tried again: remembered, but not yet failing. */
	void noteError(long id, String error, Instant at) {
		jdbc.sql("update fb_contact_method set last_error = ?, last_error_at = ? where id = ?")
			.params(truncate(error), toDb(at), id)
			.update();
	}

	long insertRule(String username, long contactMethodId, Set<Priority> priorities, int delayMinutes) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_notification_rule (username, contact_method_id, priorities, delay_minutes)
				values (?, ?, ?, ?)""")
			.params(username, contactMethodId,
					priorities.stream().sorted().map(Priority::name).collect(Collectors.joining(",")), delayMinutes)
			.update(key);
		return key.getKey().longValue();
	}

	List<NotificationRule> rulesOf(String username) {
		return jdbc.sql("""
				select id, username, contact_method_id, priorities, delay_minutes from fb_notification_rule
				where username = ? order by delay_minutes, id""").param(username).query(this::rule).list();
	}

	boolean deleteRule(String username, long id) {
		return jdbc.sql("delete from fb_notification_rule where id = ? and username = ?")
			.params(id, username)
			.update() == 1;
	}

	private ContactMethod method(ResultSet rs, int row) throws SQLException {
		return new ContactMethod(rs.getLong("id"), rs.getString("username"), ChannelKind.valueOf(rs.getString("kind")),
				rs.getString("label"), rs.getString("address"), instant(rs, "created_at"),
				instant(rs, "last_success_at"), instant(rs, "failing_since"), rs.getString("last_error"),
				instant(rs, "last_error_at"));
	}

	private NotificationRule rule(ResultSet rs, int row) throws SQLException {
		String priorities = rs.getString("priorities");
		Set<Priority> set = priorities.isBlank() ? Set.of()
				: Arrays.stream(priorities.split(","))
					.map(Priority::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Priority.class)));
		return new NotificationRule(rs.getLong("id"), rs.getString("username"), rs.getLong("contact_method_id"), set,
				rs.getInt("delay_minutes"));
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

}
