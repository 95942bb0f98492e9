package dev.firebreak.notify.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.schedule.Rotation;
import dev.firebreak.notify.schedule.Schedule;
import dev.firebreak.notify.schedule.Schedules;
import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.security.TeamDirectory;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedule editor, for a team's managers and admins: name, team, zone and a few layer
 * blocks. The schedule service checks every field as it does for the API; what the form
 * cannot even read (a time, a restriction line) is named first.
 */
@Controller
class ScheduleEditorController {

	private final Schedules schedules;

	private final TeamDirectory teams;

	private final NotifyProperties properties;

	private final Clock clock;

	ScheduleEditorController(Schedules schedules, TeamDirectory teams, NotifyProperties properties, Clock clock) {
		this.schedules = schedules;
		this.teams = teams;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/schedules/new")
	String newSchedule(@RequestParam(name = "team", required = false) String team, Authentication authentication,
			Model model) {
		Actor actor = Actor.of(authentication);
		actor.requireAnyRole("create schedules", Role.MANAGER, Role.ADMIN);
		List<String> editable = editableTeams(actor);
		String chosen = team != null && editable.contains(team) ? team : editable.stream().findFirst().orElse(null);
		ZoneId zone = properties.zone();
		return form(null, ScheduleForm.blank(chosen, zone.getId(), LocalDate.ofInstant(clock.instant(), zone)),
				Map.of(), editable, model);
	}

	@PostMapping("/schedules/new")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		actor.requireAnyRole("create schedules", Role.MANAGER, Role.ADMIN);
		Map<String, String> errors = new LinkedHashMap<>();
		ScheduleForm.Read read = ScheduleForm.read(values, errors);
		try {
			if (errors.isEmpty()) {
				Schedule created = schedules.create(actor, read.request());
				redirect.addFlashAttribute("notice", "Schedule " + created.name() + " created.");
				return "redirect:/schedules/" + created.id();
			}
			schedules.check(read.request(), null);
		}
		catch (Failure ex) {
			// what the form could not read keeps its own message
			read.onBlocks(PageErrors.of(ex)).forEach(errors::putIfAbsent);
		}
		model.addAttribute("problem", "The schedule needs your attention; nothing was saved.");
		return form(null, values, errors, editableTeams(actor), model);
	}

	@GetMapping("/schedules/{id}/edit")
	String edit(@PathVariable("id") long id, Authentication authentication, Model model) {
		Schedule schedule = editable(id, Actor.of(authentication));
		return form(schedule, ScheduleForm.values(schedule), Map.of(), List.of(schedule.team()), model);
	}

	@PostMapping("/schedules/{id}/edit")
	String update(@PathVariable("id") long id, @RequestParam Map<String, String> values, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		Schedule schedule = editable(id, actor);
		Map<String, String> form = new LinkedHashMap<>(values);
		// the team is fixed once the schedule exists; the form only shows it
		form.put("team", schedule.team());
		Map<String, String> errors = new LinkedHashMap<>();
		ScheduleForm.Read read = ScheduleForm.read(form, errors);
		try {
			if (errors.isEmpty()) {
				Schedule saved = schedules.update(actor, id, read.request());
				redirect.addFlashAttribute("notice", "Schedule " + saved.name() + " saved.");
				return "redirect:/schedules/" + id;
			}
			schedules.check(read.request(), id);
		}
		catch (Failure ex) {
			read.onBlocks(PageErrors.of(ex)).forEach(errors::putIfAbsent);
		}
		model.addAttribute("problem", "The schedule needs your attention; nothing was saved.");
		return form(schedule, form, errors, List.of(schedule.team()), model);
	}

	@PostMapping("/schedules/{id}/delete")
	String delete(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		Schedule schedule = schedules.get(id);
		schedules.delete(Actor.of(authentication), id);
		redirect.addFlashAttribute("notice", "Schedule " + schedule.name() + " deleted, with its overrides.");
		return "redirect:/schedules";
	}

	private Schedule editable(long id, Actor actor) {
		Schedule schedule = schedules.get(id);
		if (!Schedules.mayEdit(actor, schedule.team())) {
			throw new ActionDeniedException(
					"Only managers of team " + schedule.team() + " and admins may change its schedules.");
		}
		return schedule;
	}

	private List<String> editableTeams(Actor actor) {
		return teams.activeTeams().stream().filter(team -> Schedules.mayEdit(actor, team)).toList();
	}

	private String form(Schedule schedule, Map<String, String> values, Map<String, String> errors, List<String> teams,
			Model model) {
		model.addAttribute("page", "schedules");
		model.addAttribute("schedule", schedule);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("teams", teams);
		model.addAttribute("rotations", List.of(Rotation.values()));
		model.addAttribute("blocks", ScheduleForm.blocks(values));
		model.addAttribute("zones", Zones.NAMES);
		return "notify/schedule-form";
	}

}
