package dev.firebreak.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and whole teams from elsewhere added to an incident, and its commander. Who may
 * add whom is decided by the callers (the owning team's responders and managers); this
 * keeps the record, and every change lands on the timeline, so in the hash chain.
 */
@Service
@Transactional
public class IncidentResponders {

	private final JdbcClient jdbc;

	private final IncidentRepository incidents;

	private final Clock clock;

	IncidentResponders(JdbcClient jdbc, IncidentRepository incidents, Clock clock) {
		this.jdbc = jdbc;
		this.incidents = incidents;
		this.clock = clock;
	}

	/** What was added: one person, or every member of a team. */
	public enum Kind {

		PERSON, TEAM

	}

	/** One addition, as listed on the incident. */
	public record Responder(Kind kind, String name, String addedBy, Instant addedAt) {
	}

	@Transactional(readOnly = true)
	public List<Responder> list(long incidentId) {
		return jdbc
			.sql("select kind, name, added_by, added_at from fb_incident_responder where incident_id = ?"
					+ " order by added_at, name")
			.param(incidentId)
			.query((rs, n) -> new Responder(Kind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getString("added_by"), instant(rs, "added_at")))
			.list();
	}

	/**
	 * Whether this person was added to the incident, by name or through one of their
	 * teams.
	 */
	@Transactional(readOnly = true)
	public boolean isAdded(long incidentId, String username, Set<String> teams) {
		return jdbc
			.sql("select count(*) from fb_incident_responder where incident_id = :id and ((kind = 'PERSON'"
					+ " and name = :me) or (kind = 'TEAM' and name in (:teams)))")
			.param("id", incidentId)
			.param("me", username)
			.param("teams", nonEmpty(teams))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Adds a person or team; adding one already there changes nothing.
	 * @return false when they were there already
	 */
	public boolean add(long incidentId, Kind kind, String name, String actor) {
		if (list(incidentId).stream().anyMatch(r -> r.kind() == kind && r.name().equals(name))) {
			return false;
		}
		Instant at = now();
		// the timeline first: appending takes the incident's row lock, which orders
		// concurrent additions
		incidents.appendFact(incidentId, new Incident.Change(at, actor, TimelineType.RESPONDER_ADDED,
				Incident.details(kind == Kind.PERSON ? "person" : "team", name)), false);
		jdbc.sql(
				"insert into fb_incident_responder (incident_id, kind, name, added_by, added_at) values (?, ?, ?, ?, ?)")
			.params(incidentId, kind.name(), name, actor, IncidentRepository.toDb(at))
			.update();
		return true;
	}

	/**
	 * @return false when they were not on the incident
	 */
	public boolean remove(long incidentId, Kind kind, String name, String actor) {
		int removed = jdbc.sql("delete from fb_incident_responder where incident_id = ? and kind = ? and name = ?")
			.params(incidentId, kind.name(), name)
			.update();
		if (removed > 0) {
			incidents.appendFact(incidentId, new Incident.Change(now(), actor, TimelineType.RESPONDER_REMOVED,
					Incident.details(kind == Kind.PERSON ? "person" : "team", name)), false);
		}
		return removed > 0;
	}

	@Transactional(readOnly = true)
	public Optional<String> commander(long incidentId) {
		return jdbc.sql("select username from fb_incident_commander where incident_id = ?")
			.param(incidentId)
			.query(String.class)
			.optional();
	}

	/**
	 * Sets or hands over the commander role; the timeline says from whom to whom.
	 * @return false when they held it already
	 */
	public boolean assignCommander(long incidentId, String username, String actor) {
		Optional<String> current = commander(incidentId);
		if (current.filter(username::equals).isPresent()) {
			return false;
		}
		Instant at = now();
		incidents.appendFact(incidentId, new Incident.Change(at, actor, TimelineType.COMMANDER_ASSIGNED,
				Incident.details("from", current.orElse(null), "to", username)), false);
		if (current.isPresent()) {
			jdbc.sql("update fb_incident_commander set username = ?, since = ? where incident_id = ?")
				.params(username, IncidentRepository.toDb(at), incidentId)
				.update();
		}
		else {
			jdbc.sql("insert into fb_incident_commander (incident_id, username, since) values (?, ?, ?)")
				.params(incidentId, username, IncidentRepository.toDb(at))
				.update();
		}
		return true;
	}

	/** The ids of incidents this person was added to, by name or through a team. */
	@Transactional(readOnly = true)
	public Set<Long> addedTo(String username, Collection<String> teams) {
		return Set.copyOf(jdbc
			.sql("select incident_id from fb_incident_responder where (kind = 'PERSON'"
					+ " and name = :me) or (kind = 'TEAM' and name in (:teams))")
			.param("me", username)
			.param("teams", nonEmpty(teams))
			.query(Long.class)
			.list());
	}

	/** "in ()" is no valid SQL; a team name nobody can have stands in for none. */
	private static Collection<String> nonEmpty(Collection<String> teams) {
		return teams.isEmpty() ? List.of("\u0000") : teams;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
