package dev.firebreak.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.security.Actor;
import dev.firebreak.security.People;
import dev.firebreak.security.Role;
import dev.firebreak.security.TeamDirectory;

import dev.firebreak.failure.Conflict;

import dev.firebreak.failure.InvalidInput;

import dev.firebreak.failure.NotFound;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report audiences: admins decide who receives which scheduled report; admins,
 * managers and auditors can see the list.
 */
@Service
@Transactional
public class ReportSubscriptions {

	private final JdbcClient jdbc;

	private final TeamDirectory teams;

	private final People people;

	private final Clock clock;

	ReportSubscriptions(JdbcClient jdbc, TeamDirectory teams, People people, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReportSubscription> list(Actor actor) {
		actor.requireAnyRole("see report subscriptions", Role.ADMIN, Role.MANAGER, Role.AUDITOR);
		return all();
	}

	public ReportSubscription subscribe(Actor actor, String report, String audienceKind, String audience) {
		actor.requireAnyRole("change report subscriptions", Role.ADMIN);
		List<String> problems = new ArrayList<>();
		if (!ReportSubscription.REPORTS.contains(report)) {
			problems.add("report must be DAILY or MONTHLY_SLA");
		}
		if ("ROLE".equals(audienceKind)) {
			if (audience == null || java.util.Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(audience))) {
				problems.add("audience must be a role: RESPONDER, MANAGER, AUDITOR or ADMIN");
			}
		}
		else if ("TEAM".equals(audienceKind)) {
			if (!teams.isActive(audience)) {
				problems.add("audience must be an enabled team");
			}
		}
		else {
			problems.add("audienceKind must be ROLE or TEAM");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(InvalidInput.TITLE, "Fix these fields: " + String.join("; ", problems), List.of());
		}
		KeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into fb_report_subscription (report, audience_kind, audience, created_at, created_by)
					values (?, ?, ?, ?, ?)""")
				.params(report, audienceKind, audience, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
						actor.username())
				.update(key);
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict(null, audience + " already receives the " + report + " report.");
		}
		long id = key.getKey().longValue();
		return all().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
	}

	public void unsubscribe(Actor actor, long id) {
		actor.requireAnyRole("change report subscriptions", Role.ADMIN);
		if (jdbc.sql("delete from fb_report_subscription where id = ?").param(id).update() == 0) {
			throw new NotFound(null, "There is no report subscription " + id + ".");
		}
	}

	/** Everyone who receives the report, each once, by username. */
	@Transactional(readOnly = true)
	Collection<People.Person> recipients(String report) {
		Map<String, People.Person> recipients = new LinkedHashMap<>();
		for (ReportSubscription subscription : all()) {
			if (!subscription.report().equals(report)) {
				continue;
			}
			List<People.Person> audience = "ROLE".equals(subscription.audienceKind())
					? people.withRole(Role.valueOf(subscription.audience()))
					: people.membersOf(subscription.audience());
			audience.forEach(person -> recipients.putIfAbsent(person.username(), person));
		}
		return recipients.values();
	}

	private List<ReportSubscription> all() {
		return jdbc.sql("""
				select id, report, audience_kind, audience, created_at, created_by from fb_report_subscription
				order by report, audience_kind, audience""").query(ReportSubscriptions::subscription).list();
	}

	private static ReportSubscription subscription(ResultSet rs, int row) throws SQLException {
		LocalDateTime created = rs.getObject("created_at", LocalDateTime.class);
		Instant createdAt = created == null ? null : created.toInstant(ZoneOffset.UTC);
		return new ReportSubscription(rs.getLong("id"), rs.getString("report"), rs.getString("audience_kind"),
				rs.getString("audience"), createdAt, rs.getString("created_by"));
	}

}
