package dev.firebreak.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings subscribers gave, for the features that show them inside (the incident
 * page, the reports, the issue log): they read them here and never the status tables.
 * Answers carry no subscriber, so nothing says who rated.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackQueries {

	private static final String SELECT = "select incident_id, rating, comment, given_at from fb_status_feedback";

	private final JdbcClient jdbc;

	FeedbackQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One answer to the survey. */
	public record Answer(long incidentId, int rating, String comment, Instant givenAt) {
	}

	/** The incident's answers, oldest first. */
	public List<Answer> ofIncident(long incidentId) {
		return jdbc.sql(SELECT + " where incident_id = ? order by given_at, id")
			.param(incidentId)
			.query(this::answer)
			.list();
	}

	/** The answers on these incidents, by incident, then oldest first. */
	public List<Answer> ofIncidents(Collection<Long> incidentIds) {
		if (incidentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where incident_id in (:ids) order by incident_id, given_at, id")
			.param("ids", incidentIds)
			.query(this::answer)
			.list();
	}

	/** The answers given within {@code [from, to)}, oldest first. */
	public List<Answer> givenIn(Instant from, Instant to) {
		return jdbc.sql(SELECT + " where given_at >= ? and given_at < ? order by given_at, id")
			.params(db(from), db(to))
			.query(this::answer)
			.list();
	}

	private Answer answer(ResultSet rs, int row) throws SQLException {
		return new Answer(rs.getLong("incident_id"), rs.getInt("rating"), rs.getString("comment"),
				rs.getObject("given_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
	}

	private static LocalDateTime db(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
