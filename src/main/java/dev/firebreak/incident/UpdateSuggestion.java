package dev.firebreak.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A public update offered to a person when the route reaches a milestone (diagnosed,
 * hotfix deployed, verified, closed) that no public update has followed yet. Only ever
 * offered: a person edits and publishes it, or not. The wording says nothing internal (no
 * service, team, person or cause), since it is meant for the outside.
 *
 * @param milestone the timeline entry that made the suggestion
 */
public record UpdateSuggestion(TimelineType milestone, Instant milestoneAt, PublicStatus status, String message) {

	/**
	 * The suggestion for the newest milestone, if a milestone came after the last public
	 * update and would change the public status it gave.
	 */
	public static Optional<UpdateSuggestion> from(List<TimelineEntry> timeline) {
		UpdateSuggestion suggestion = null;
		PublicStatus published = null;
		for (TimelineEntry entry : timeline) {
			if (entry.type() == TimelineType.PUBLIC_UPDATE_PUBLISHED) {
				published = PublicStatus.valueOf(String.valueOf(entry.details().get("status")));
				suggestion = null;
			}
			else {
				UpdateSuggestion next = at(entry);
				if (next != null) {
					suggestion = next;
				}
			}
		}
		if (suggestion == null || suggestion.status() == published) {
			return Optional.empty();
		}
		return Optional.of(suggestion);
	}

	private static UpdateSuggestion at(TimelineEntry entry) {
		return switch (entry.type()) {
			case DIAGNOSED -> switch (String.valueOf(entry.details().get("outcome"))) {
				case "NEEDS_FIX" -> new UpdateSuggestion(entry.type(), entry.at(), PublicStatus.IDENTIFIED,
						"We have found the cause of the problem and are working on a fix.");
				case "FIXED_BY_OPERATIONS" -> new UpdateSuggestion(entry.type(), entry.at(), PublicStatus.MONITORING,
						"We have made a change that should fix the problem and are watching to make sure it holds.");
				case "FALSE_ALARM" -> new UpdateSuggestion(entry.type(), entry.at(), PublicStatus.RESOLVED,
						"On closer inspection there was no problem to fix. Everything is working normally.");
				default -> null;
			};
			case HOTFIX_DEPLOYED -> new UpdateSuggestion(entry.type(), entry.at(), PublicStatus.MONITORING,
					"A fix has been deployed. We are monitoring the results.");
			case VERIFICATION_PASSED -> new UpdateSuggestion(entry.type(), entry.at(), PublicStatus.RESOLVED,
					"The problem has been fixed and everything is working normally again.");
			case CLOSED -> new UpdateSuggestion(entry.type(), entry.at(), PublicStatus.RESOLVED,
					"This incident has been resolved.");
			default -> null;
		};
	}

}
