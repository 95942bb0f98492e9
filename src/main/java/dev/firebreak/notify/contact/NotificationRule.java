package dev.firebreak.notify.contact;

import java.util.Set;

import dev.firebreak.incident.Priority;

/**
 * One step of how a person is paged: by which contact method, for which priorities, how
 * long after the page. A step with a delay is only sent while the incident is still
 * unacknowledged ("after 5 minutes, email again").
 *
 * @param priorities empty for every priority
 */
public record NotificationRule(long id, String username, long contactMethodId, Set<Priority> priorities,
		int delayMinutes) {

	public boolean appliesTo(Priority priority) {
		return priorities.isEmpty() || priority == null || priorities.contains(priority);
	}

}
