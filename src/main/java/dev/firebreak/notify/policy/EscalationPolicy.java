package dev.firebreak.notify.policy;

import java.time.Instant;
import java.util.List;

/**
 * Who is paged about a team's incidents, in which order: level 1 at once, each next level
 * when nobody acknowledged within the level's delay; the levels run {@code repeatCount}
 * times in all before the climb ends.
 *
 * @param services the services that name this policy for their incidents
 * @param teamDefault whether the team's other incidents follow it
 */
public record EscalationPolicy(long id, int version, String team, String name, String description, List<Level> levels,
		int repeatCount, List<String> services, boolean teamDefault, Instant updatedAt, String updatedBy) {

	/** Steps in the whole climb: every level, every round. */
	public int steps() {
		return levels.size() * repeatCount;
	}

	/** The level of a step of the climb. */
	public Level levelAt(int step) {
		return levels.get(step % levels.size());
	}

	/**
	 * A level: who is paged, and how long they have before the next level is.
	 *
	 * @param delayMinutes minutes without an acknowledgement before the next level
	 */
	public record Level(int delayMinutes, List<Target> targets) {
	}

	/**
	 * Someone a level pages: a person, whoever is on call on a schedule, or every member
	 * of a team.
	 *
	 * @param ref a username, a schedule's id, or a team's name
	 */
	public record Target(TargetKind kind, String ref) {
	}

	public enum TargetKind {

		USER, SCHEDULE, TEAM

	}

}
