package dev.firebreak.suppression;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code fb_silence}, with each silence's count of silenced alerts. */
@Repository
class SilenceRepository {

	private static final TypeReference<List<Matcher>> MATCHERS = new TypeReference<>() {
	};

	private static final String MATCHED = "(select count(*) from fb_suppressed_alert a where a.silence_id = s.id) as matched";

	private static final String SELECT = """
			select s.id, s.matchers, s.starts_at, s.ends_at, s.comment, s.created_by, s.created_at, s.incident_number,
			  s.expired_by, s.expired_at,
			  %s
			from fb_silence s""".formatted(MATCHED);

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	SilenceRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long insert(List<Matcher> matchers, Instant startsAt, Instant endsAt, String comment, String createdBy,
			Instant createdAt, String incident) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_silence (matchers, starts_at, ends_at, comment, created_by, created_at, incident_number)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(write(matchers), toDb(startsAt), toDb(endsAt), comment, createdBy, toDb(createdAt), incident)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Silence> find(long id) {
		return jdbc.sql(SELECT + " where s.id = ?").param(id).query(this::map).optional();
	}

	/**
	 * Silences that cover this moment, oldest first (so the first match is stable),
	 * without their counts: intake asks this for every alert.
	 */
	List<Silence> activeAt(Instant at) {
		return jdbc
			.sql(SELECT.replace(MATCHED, "0 as matched") + " where s.ends_at > :at and s.starts_at <= :at"
					+ " order by s.id")
			.param("at", toDb(at))
			.query(this::map)
			.list();
	}

	/** Active and pending silences, then those that ended after {@code endedAfter}. */
	List<Silence> endingAfter(Instant endedAfter) {
		return jdbc.sql(SELECT + " where s.ends_at > ? order by s.ends_at desc, s.id desc")
			.param(toDb(endedAfter))
			.query(this::map)
			.list();
	}

	/** Ends it at {@code at}; one that had not started yet never starts. */
	boolean expire(long id, Instant at, String by) {
		return jdbc.sql("""
				update fb_silence set ends_at = :at, expired_at = :at, expired_by = :by,
				  starts_at = case when starts_at > :at then :at else starts_at end
				where id = :id and ends_at > :at""")
			.param("at", toDb(at))
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	private Silence map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Silence(rs.getLong("id"), read(rs.getString("matchers")), instant(rs, "starts_at"),
				instant(rs, "ends_at"), rs.getString("comment"), rs.getString("created_by"), instant(rs, "created_at"),
				rs.getString("incident_number"), rs.getString("expired_by"), instant(rs, "expired_at"),
				rs.getLong("matched"));
	}

	private String write(List<Matcher> matchers) {
		try {
			return json.writeValueAsString(matchers);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Matcher> read(String text) {
		try {
			return json.readValue(text, MATCHERS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable matchers: " + text, ex);
		}
	}

	static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		LocalDateTime value = rs.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	static LocalDateTime toDb(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
