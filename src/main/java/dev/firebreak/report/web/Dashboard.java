package dev.firebreak.report.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.Priority;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaState;
import dev.firebreak.task.TaskView;
import dev.firebreak.sla.SlaClock;

/**
 * What a manager's dashboard shows, computed from the open incidents and open tasks of
 * today: open incidents by team and priority, deadlines at risk or breached, and each
 * team's workload.
 *
 * @param openByTeam per team, the number of open incidents per priority
 * @param atRisk running deadlines due within {@link SlaClock#AT_RISK}, soonest first
 * @param breached running deadlines already missed, most overdue first
 */
record Dashboard(Map<String, Map<Priority, Integer>> openByTeam, Map<Priority, Integer> openByPriority,
		List<Deadline> atRisk, List<Deadline> breached, List<Workload> workload) {

	/**
	 * @param sla the incident's clocks now, as {@code sla} computes them
	 */
	static Dashboard of(List<Incident> open, List<TaskView> openTasks, Function<Incident, SlaState> sla, Instant now) {
		Map<String, Map<Priority, Integer>> byTeam = new TreeMap<>();
		Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
		List<Deadline> atRisk = new ArrayList<>();
		List<Deadline> breached = new ArrayList<>();
		for (Incident incident : open) {
			if (incident.priority() != null) {
				byTeam.computeIfAbsent(incident.team(), team -> new EnumMap<>(Priority.class))
					.merge(incident.priority(), 1, Integer::sum);
				byPriority.merge(incident.priority(), 1, Integer::sum);
			}
			Deadline deadline = Deadline.of(incident, sla.apply(incident), now);
			if (deadline != null && deadline.clock().urgency().equals("overdue")) {
				breached.add(deadline);
			}
			else if (deadline != null && deadline.clock().urgency().equals("soon")) {
				atRisk.add(deadline);
			}
		}
		atRisk.sort(Comparator.comparing(d -> d.clock().due()));
		breached.sort(Comparator.comparing(d -> d.clock().due()));
		Map<String, Workload> workload = new TreeMap<>();
		for (TaskView task : openTasks) {
			workload.merge(task.team(), Workload.of(task, now), Workload::plus);
		}
		return new Dashboard(byTeam, byPriority, atRisk, breached, List.copyOf(workload.values()));
	}

	/** The list of the open incidents of a team (and priority: null for all). */
	public String openLink(String team, Priority priority) {
		return DashboardController.openLink(team, priority);
	}

	/** The deadline that runs now: acknowledge until someone takes it, then resolve. */
	record Deadline(String number, String title, String team, Priority priority, SlaClock clock) {

		static Deadline of(Incident incident, SlaState sla, Instant now) {
			SlaCountdown running = sla.acknowledge().stoppedAt() == null && sla.acknowledge().due() != null
					? sla.acknowledge() : sla.resolve();
			if (running.due() == null || running.stoppedAt() != null) {
				return null;
			}
			String name = running == sla.acknowledge() ? "acknowledge" : "resolve";
			return new Deadline(incident.number(), incident.title(), incident.team(), incident.priority(),
					SlaClock.running(name, running.due(), now));
		}

	}

	/** A team's open tasks: how many, how many nobody has claimed, how many overdue. */
	record Workload(String team, int open, int unclaimed, int overdue) {

		static Workload of(TaskView task, Instant now) {
			boolean overdue = task.dueAt() != null && task.dueStoppedAt() == null
					&& Duration.between(now, task.dueAt()).isNegative();
			return new Workload(task.team(), 1, task.assignee() == null ? 1 : 0, overdue ? 1 : 0);
		}

		Workload plus(Workload other) {
			return new Workload(team, open + other.open, unclaimed + other.unclaimed, overdue + other.overdue);
		}

	}

}
