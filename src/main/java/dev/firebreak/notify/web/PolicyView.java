package dev.firebreak.notify.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.firebreak.notify.policy.EscalationPolicy;
import dev.firebreak.notify.policy.EscalationPolicy.Target;

/**
 * An escalation policy in words, for the list: whom each level pages and what happens
 * when nobody acknowledges.
 *
 * @param rounds how often the levels run, in words
 * @param mayChange whether the reader may edit and delete it
 */
record PolicyView(long id, String team, String name, String description, boolean teamDefault, List<String> services,
		String rounds, List<LevelView> levels, boolean mayChange, Instant updatedAt, String updatedBy) {

	/**
	 * @param people display names by username
	 * @param schedules schedule names ("team / name") by id
	 */
	static PolicyView of(EscalationPolicy policy, boolean mayChange, Map<String, String> people,
			Map<String, String> schedules) {
		List<LevelView> levels = new ArrayList<>();
		List<EscalationPolicy.Level> defined = policy.levels();
		for (int i = 0; i < defined.size(); i++) {
			EscalationPolicy.Level level = defined.get(i);
			String wait = "If nobody acknowledges within " + Formats.span(Duration.ofMinutes(level.delayMinutes()))
					+ ": ";
			String then;
			if (i + 1 < defined.size()) {
				then = wait + "level " + (i + 2) + ".";
			}
			else if (policy.repeatCount() > 1) {
				then = wait + "back to level 1, for " + policy.repeatCount() + " rounds in all.";
			}
			else {
				then = wait + "the policy ends; nobody else is paged.";
			}
			levels.add(new LevelView(i + 1,
					level.targets().stream().map(target -> words(target, people, schedules)).toList(), then));
		}
		String rounds = policy.repeatCount() == 1 ? "Runs once." : "Runs " + policy.repeatCount() + " times in all.";
		return new PolicyView(policy.id(), policy.team(), policy.name(), policy.description(), policy.teamDefault(),
				policy.services(), rounds, levels, mayChange, policy.updatedAt(), policy.updatedBy());
	}

	private static String words(Target target, Map<String, String> people, Map<String, String> schedules) {
		return switch (target.kind()) {
			case USER -> people.getOrDefault(target.ref(), target.ref()) + " (" + target.ref() + ")";
			case SCHEDULE ->
				"whoever is on call on " + schedules.getOrDefault(target.ref(), "schedule " + target.ref());
			case TEAM -> "everyone in team " + target.ref();
		};
	}

	/**
	 * @param number from 1
	 * @param targets whom it pages, in words
	 * @param then what happens when nobody acknowledges in time
	 */
	record LevelView(int number, List<String> targets, String then) {
	}

	/** One team's policies. */
	record TeamPolicies(String team, List<PolicyView> policies) {
	}

}
