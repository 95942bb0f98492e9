package dev.firebreak.notify.policy;

/**
 * A schedule a level can page whoever is on call on, as the policy editor offers it. A
 * type of its own: nested in the package's repository, the pages could not name it.
 */
public record ScheduleChoice(long id, String team, String name) {
}
