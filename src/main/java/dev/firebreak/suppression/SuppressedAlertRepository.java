package dev.firebreak.suppression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.firebreak.suppression.SilenceRepository.instant;
import static dev.firebreak.suppression.SilenceRepository.toDb;

/** {@code fb_suppressed_alert}: rows are inserted and never changed. */
@Repository
class SuppressedAlertRepository {

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	SuppressedAlertRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(AlertFacts alert, Suppression suppression) {
		boolean silence = suppression.kind() == Suppression.Kind.SILENCE;
		jdbc.sql("""
				insert into fb_suppressed_alert (alert_id, silence_id, window_id, received_at, service, title, source,
				  labels)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(alert.alertId(), silence ? suppression.id() : null, silence ? null : suppression.id(),
					toDb(alert.receivedAt()), alert.service(), truncate(alert.title(), 1024),
					truncate(alert.source(), 100), write(alert.labels()))
			.update();
	}

	/** The latest alerts of one silence or window, newest first. */
	List<SuppressedAlert> latest(Suppression of, int limit) {
		String column = of.kind() == Suppression.Kind.SILENCE ? "silence_id" : "window_id";
		return jdbc.sql("""
				select alert_id, received_at, service, title, source, labels, silence_id, window_id
				from fb_suppressed_alert where %s = ? order by id desc limit ?""".formatted(column))
			.params(of.id(), limit)
			.query(this::map)
			.list();
	}

	/** Alerts received within {@code [from, to)} with ids above {@code after}, by id. */
	List<SuppressedAlert> receivedIn(Instant from, Instant to, long after, int limit) {
		return jdbc.sql("""
				select alert_id, received_at, service, title, source, labels, silence_id, window_id
				from fb_suppressed_alert where received_at >= ? and received_at < ? and alert_id > ?
				order by alert_id limit ?""").params(toDb(from), toDb(to), after, limit).query(this::map).list();
	}

	private SuppressedAlert map(ResultSet rs, int row) throws SQLException {
		long silence = rs.getLong("silence_id");
		Long silenceId = rs.wasNull() ? null : silence;
		long window = rs.getLong("window_id");
		Long windowId = rs.wasNull() ? null : window;
		return new SuppressedAlert(rs.getLong("alert_id"), instant(rs, "received_at"), rs.getString("service"),
				rs.getString("title"), rs.getString("source"), read(rs.getString("labels")), silenceId, windowId);
	}

	private String write(Map<String, String> labels) {
		try {
			return json.writeValueAsString(new java.util.TreeMap<>(labels));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, String> read(String text) {
		try {
			return json.readValue(text, LABELS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
