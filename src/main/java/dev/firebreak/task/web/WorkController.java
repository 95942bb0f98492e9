package dev.firebreak.task.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.task.Scope;
import dev.firebreak.task.TaskView;
import dev.firebreak.task.TaskWorkService;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.LiveVersions;
import dev.firebreak.web.PagePanels;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My work: what I claimed, then my teams' open tasks, most urgent first (the order the
 * task service gives). Managers can widen the second list to every team.
 */
@Controller
class WorkController {

	private final TaskWorkService work;

	private final PagePanels panels;

	private final Clock clock;

	private final LiveVersions live;

	WorkController(TaskWorkService work, PagePanels panels, Clock clock, LiveVersions live) {
		this.live = live;
		this.work = work;
		this.panels = panels;
		this.clock = clock;
	}

	@GetMapping("/work")
	String work(@RequestParam(name = "teams", defaultValue = "mine") String teams, Authentication authentication,
			Model model) {
		Actor actor = Actor.of(authentication);
		boolean allTeams = "all".equals(teams) && actor.hasRole(Role.MANAGER);
		Instant now = clock.instant();
		List<WorkItem> mine = items(work.queue(actor, Scope.mine), now);
		List<WorkItem> queue = items(work.queue(actor, allTeams ? Scope.all : Scope.team)
			.stream()
			.filter(task -> !actor.username().equals(task.assignee()))
			.toList(), now);
		model.addAttribute("page", "work");
		model.addAttribute("live", live.page("incidents", null));
		model.addAttribute("mine", mine);
		model.addAttribute("queue", queue);
		model.addAttribute("allTeams", allTeams);
		model.addAttribute("teams", actor.teams().stream().sorted().toList());
		model.addAttribute("panels", panels.of(PagePanel.WORK, null, authentication));
		return "task/work";
	}

	private static List<WorkItem> items(List<TaskView> tasks, Instant now) {
		return tasks.stream().map(task -> WorkItem.of(task, now)).toList();
	}

}
