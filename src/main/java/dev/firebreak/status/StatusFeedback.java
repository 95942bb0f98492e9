package dev.firebreak.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.PublicMail;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-question survey in the mail that tells subscribers an incident is resolved: how
 * well was it handled, 1 to 5, with an optional comment. The link is signed (incident,
 * subscriber, expiry) and answers once. The answers are read through
 * {@link FeedbackQueries}: on the incident page, in the reports and in the issue log.
 */
@Service
@Transactional
public class StatusFeedback {

	static final Duration VALID = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final PublicMail mail;

	private final NotifyProperties links;

	private final Clock clock;

	StatusFeedback(JdbcClient jdbc, PublicMail mail, NotifyProperties links, Clock clock) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.links = links;
		this.clock = clock;
	}

	/** What became of an answer; nothing is stored unless {@code RECORDED}. */
	public enum Answer {

		RECORDED, INVALID_LINK, EXPIRED, ALREADY_ANSWERED, INVALID_RATING

	}

	String link(long incidentId, long subscriberId) {
		long expires = clock.instant().plus(VALID).getEpochSecond();
		return links.link("/status/feedback?i=" + incidentId + "&s=" + subscriberId + "&e=" + expires + "&sig="
				+ mail.sign(text(incidentId, subscriberId, expires)));
	}

	/**
	 * Checks a link before the form is shown; {@code RECORDED} means it may be answered.
	 */
	@Transactional(readOnly = true)
	public Answer check(long incidentId, long subscriberId, long expires, String signature) {
		if (!mail.verify(text(incidentId, subscriberId, expires), signature)) {
			return Answer.INVALID_LINK;
		}
		if (Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
			return Answer.EXPIRED;
		}
		if (jdbc.sql("select count(*) from fb_status_feedback where incident_id = ? and subscriber_id = ?")
			.params(incidentId, subscriberId)
			.query(Long.class)
			.single() > 0) {
			return Answer.ALREADY_ANSWERED;
		}
		return Answer.RECORDED;
	}

	public Answer answer(long incidentId, long subscriberId, long expires, String signature, Integer rating,
			String comment) {
		Answer allowed = check(incidentId, subscriberId, expires, signature);
		if (allowed != Answer.RECORDED) {
			return allowed;
		}
		if (rating == null || rating < 1 || rating > 5) {
			return Answer.INVALID_RATING;
		}
		String kept = comment == null || comment.isBlank() ? null : comment.strip();
		if (kept != null && kept.length() > 2000) {
			kept = kept.substring(0, 2000);
		}
		try {
			jdbc.sql("insert into fb_status_feedback (incident_id, subscriber_id, rating, comment, given_at)"
					+ " values (?, ?, ?, ?, ?)")
				.params(incidentId, subscriberId, rating, kept,
						LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// a double click raced the first answer
			return Answer.ALREADY_ANSWERED;
		}
		return Answer.RECORDED;
	}

	private static String text(long incidentId, long subscriberId, long expires) {
		return "feedback:" + incidentId + ":" + subscriberId + ":" + expires;
	}

}
