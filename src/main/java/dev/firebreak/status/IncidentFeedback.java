package dev.firebreak.status;

import java.time.Instant;
import java.util.List;

import dev.firebreak.incident.Incident;
import dev.firebreak.security.Actor;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's survey answers as the people inside read them: only someone who may see
 * the incident (task's {@code VisibleIncidents}, the rule of every incident read), and
 * never who answered.
 */
@Service
@Transactional(readOnly = true)
public class IncidentFeedback {

	private final VisibleIncidents incidents;

	private final FeedbackQueries feedback;

	IncidentFeedback(VisibleIncidents incidents, FeedbackQueries feedback) {
		this.incidents = incidents;
		this.feedback = feedback;
	}

	/**
	 * @throws dev.firebreak.incident.IncidentNotFoundException for an unknown incident
	 * @throws dev.firebreak.security.ActionDeniedException for one the actor may not see
	 */
	public Summary of(String number, Actor actor) {
		Incident incident = incidents.require(number, actor);
		List<Rating> ratings = feedback.ofIncident(incident.id())
			.stream()
			.map(answer -> new Rating(answer.rating(), answer.comment(), answer.givenAt()))
			.toList();
		Double average = ratings.isEmpty() ? null : ratings.stream().mapToInt(Rating::rating).average().orElseThrow();
		return new Summary(incident.number(), ratings.size(), average, ratings);
	}

	/**
	 * @param averageRating null without answers
	 * @param ratings oldest first
	 */
	public record Summary(String incident, long answers, Double averageRating, List<Rating> ratings) {
	}

	/** One subscriber's answer, without the subscriber. */
	public record Rating(int rating, String comment, Instant givenAt) {
	}

}
