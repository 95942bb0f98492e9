package dev.firebreak.notify.follow;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.security.Actor;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following an incident: anyone who may see it follows or stops following it, and then
 * gets its public updates by email ({@link FollowerMail}).
 */
@Service
@Transactional
public class Follows {

	private final JdbcClient jdbc;

	private final VisibleIncidents visible;

	private final Clock clock;

	Follows(JdbcClient jdbc, VisibleIncidents visible, Clock clock) {
		this.jdbc = jdbc;
		this.visible = visible;
		this.clock = clock;
	}

	/**
	 * @return true: they follow it now (following twice changes nothing)
	 */
	public boolean follow(String number, Actor actor) {
		Incident incident = visible.require(number, actor);
		if (!isFollowing(incident.id(), actor.username())) {
			jdbc.sql("insert into fb_incident_follower (incident_id, username, followed_at) values (?, ?, ?)")
				.params(incident.id(), actor.username(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.update();
		}
		return true;
	}

	/**
	 * @return false: they no longer follow it
	 */
	public boolean unfollow(String number, Actor actor) {
		Incident incident = visible.require(number, actor);
		jdbc.sql("delete from fb_incident_follower where incident_id = ? and username = ?")
			.params(incident.id(), actor.username())
			.update();
		return false;
	}

	@Transactional(readOnly = true)
	public boolean isFollowing(String number, Actor actor) {
		return isFollowing(visible.require(number, actor).id(), actor.username());
	}

	@Transactional(readOnly = true)
	boolean isFollowing(long incidentId, String username) {
		return jdbc.sql("select count(*) from fb_incident_follower where incident_id = ? and username = ?")
			.params(incidentId, username)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	List<String> followers(long incidentId) {
		return jdbc.sql("select username from fb_incident_follower where incident_id = ? order by username")
			.param(incidentId)
			.query(String.class)
			.list();
	}

}
