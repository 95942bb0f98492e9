package dev.firebreak.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public updates of incidents, for whoever tells the outside (a status page, a feed,
 * mail to followers) and for internal lists of major incidents. They are read from the
 * timeline, where they were written, so the story told outside and the audited record are
 * one record. Nothing internal is read: no notes, no people, no team.
 */
@Component
@Transactional(readOnly = true)
public class PublicUpdates {

	private static final String SELECT = "select id, incident_id, at, details from fb_timeline_entry where type = '"
			+ TimelineType.PUBLIC_UPDATE_PUBLISHED.name() + "'";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PublicUpdates(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One incident's public updates, oldest first. */
	public List<PublicUpdate> of(long incidentId) {
		return jdbc.sql(SELECT + " and incident_id = ? order by id").param(incidentId).query(this::update).list();
	}

	/** The newest public update of each of these incidents that has one. */
	public Map<Long, PublicUpdate> latest(Collection<Long> incidentIds) {
		Map<Long, PublicUpdate> latest = new LinkedHashMap<>();
		if (incidentIds.isEmpty()) {
			return latest;
		}
		jdbc.sql(SELECT + " and incident_id in (:ids) order by id")
			.param("ids", incidentIds)
			.query(this::update)
			.list()
			.forEach(update -> latest.put(update.incidentId(), update));
		return latest;
	}

	/** Every public update published within {@code [from, to)}, oldest first (feeds). */
	public List<PublicUpdate> publishedBetween(Instant from, Instant to) {
		return jdbc.sql(SELECT + " and at >= :from and at < :to order by at, id")
			.param("from", IncidentRepository.toDb(from))
			.param("to", IncidentRepository.toDb(to))
			.query(this::update)
			.list();
	}

	private PublicUpdate update(ResultSet rs, int row) throws SQLException {
		long incidentId = rs.getLong("incident_id");
		JsonNode details = details(rs.getString("details"));
		return new PublicUpdate(rs.getLong("id"), incidentId, Incident.number(incidentId),
				PublicStatus.valueOf(details.path("status").asText()), details.path("message").asText(),
				rs.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
	}

	private JsonNode details(String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable public update", ex);
		}
	}

}
