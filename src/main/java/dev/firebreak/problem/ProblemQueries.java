package dev.firebreak.problem;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the problem feature for the reports: which problems came back in a
 * period. Other features read problems only through this class, never with SQL of their
 * own.
 */
@Component
public class ProblemQueries {

	private final JdbcClient jdbc;

	ProblemQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The problems with incidents detected within {@code [from, to)} that repeat an
	 * earlier incident of the same problem (detected before it, or at the same time with
	 * a lower id), by service, then title.
	 */
	public List<Recurrence> detectedIn(Instant from, Instant to) {
		Map<Long, Recurrence> found = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select p.id, p.service, p.title, pi.incident_id from fb_problem_incident pi
						join fb_problem p on p.id = pi.problem_id
						where pi.detected_at >= :from and pi.detected_at < :to
						  and exists (select 1 from fb_problem_incident e where e.problem_id = pi.problem_id
						    and (e.detected_at < pi.detected_at or (e.detected_at = pi.detected_at and e.incident_id < pi.incident_id)))
						order by p.service, p.title, p.id, pi.incident_id""")
			.param("from", toDb(from))
			.param("to", toDb(to))
			.query((RowCallbackHandler) rs -> {
				String service = rs.getString(2);
				String title = rs.getString(3);
				found
					.computeIfAbsent(rs.getLong(1),
							id -> new Recurrence(ProblemNumbers.number(id), service, title, new ArrayList<>()))
					.incidentIds()
					.add(rs.getLong(4));
			});
		return found.values()
			.stream()
			.map(recurrence -> new Recurrence(recurrence.problem(), recurrence.service(), recurrence.title(),
					List.copyOf(recurrence.incidentIds())))
			.toList();
	}

	private static LocalDateTime toDb(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
