package dev.firebreak.notify.policy;

import java.util.List;

/**
 * An escalation policy as people send it (every field is checked by {@link Policies},
 * which reports all problems at once).
 *
 * @param repeatCount times the levels run in all (1 = once); null for 1
 * @param services services whose incidents follow this policy
 * @param teamDefault whether the team's other incidents follow it
 */
public record PolicyRequest(String team, String name, String description, List<LevelRequest> levels,
		Integer repeatCount, List<String> services, Boolean teamDefault) {

	public record LevelRequest(Integer delayMinutes, List<TargetRequest> targets) {
	}

	/**
	 * @param kind USER, SCHEDULE or TEAM
	 * @param ref a username, a schedule id, or a team name
	 */
	public record TargetRequest(String kind, String ref) {
	}

}
