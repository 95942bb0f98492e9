package dev.firebreak.report;

import java.util.List;

import dev.firebreak.report.ReportAudience.TeamRow;

/**
 * What status page subscribers said about resolved incidents in a report's period (the
 * 1-5 survey), per incident. The totals are over the incidents shown, so a team's view
 * counts its own incidents only.
 *
 * @param averageRating null without answers
 */
public record UserFeedback(long answers, Double averageRating, List<IncidentFeedback> incidents) {

	/**
	 * @param team the team owning the incident's service, as the other rows
	 * @param comments the comments given, oldest first
	 */
	public record IncidentFeedback(String incident, String service, String team, long answers, double averageRating,
			List<String> comments) implements TeamRow {
	}

	static UserFeedback of(List<IncidentFeedback> incidents) {
		long answers = incidents.stream().mapToLong(IncidentFeedback::answers).sum();
		Double average = answers == 0 ? null
				: incidents.stream().mapToDouble(row -> row.averageRating() * row.answers()).sum() / answers;
		return new UserFeedback(answers, average, incidents);
	}

	UserFeedback visibleTo(ReportAudience audience) {
		return audience.everything() ? this : of(audience.filter(incidents));
	}

}
