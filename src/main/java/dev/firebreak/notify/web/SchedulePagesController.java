package dev.firebreak.notify.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.firebreak.failure.Failure;
import dev.firebreak.notify.OnCall;
import dev.firebreak.notify.OnCallNow;
import dev.firebreak.notify.schedule.CalendarFeeds;
import dev.firebreak.notify.schedule.OverrideRequest;
import dev.firebreak.notify.schedule.Schedule;
import dev.firebreak.notify.schedule.ScheduleOverride;
import dev.firebreak.notify.schedule.Schedules;
import dev.firebreak.security.Actor;
import dev.firebreak.security.People;
import dev.firebreak.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone signed in sees the schedules, who is on call, and two weeks ahead; the team's
 * people add and delete overrides here. The schedule service decides who may change what,
 * as it does for the API.
 */
@Controller
class SchedulePagesController {

	static final int DAYS = 14;

	private final Schedules schedules;

	private final OnCall onCall;

	private final CalendarFeeds feeds;

	private final People people;

	private final Clock clock;

	SchedulePagesController(Schedules schedules, OnCall onCall, CalendarFeeds feeds, People people, Clock clock) {
		this.schedules = schedules;
		this.onCall = onCall;
		this.feeds = feeds;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/schedules")
	String list(Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		Map<Long, OnCallNow> now = new HashMap<>();
		onCall.everyTeamNow().forEach(entry -> now.put(entry.scheduleId(), entry));
		Map<String, List<Summary>> byTeam = new LinkedHashMap<>();
		for (Schedule schedule : schedules.list(null)) {
			OnCallNow current = now.get(schedule.id());
			byTeam.computeIfAbsent(schedule.team(), team -> new ArrayList<>())
				.add(new Summary(schedule.id(), schedule.name(), schedule.timeZone().getId(), schedule.layers().size(),
						current == null ? null : current.displayName(), current == null || current.until() == null
								? null : Formats.at(current.until(), schedule.timeZone())));
		}
		model.addAttribute("page", "schedules");
		model.addAttribute("teams", byTeam);
		model.addAttribute("mayCreate", actor.hasAnyRole(Role.MANAGER, Role.ADMIN));
		model.addAttribute("myFeedUrl", feeds.personUrl(actor.username()));
		return "notify/schedules";
	}

	@PostMapping("/schedules/my-feed/revoke")
	String revokeMyFeed(Authentication authentication, RedirectAttributes redirect) {
		feeds.revokePersonUrl(authentication.getName());
		redirect.addFlashAttribute("notice",
				"Your calendar feed has a new address; the old one no longer works. Subscribe again with the new one.");
		return "redirect:/schedules";
	}

	@GetMapping("/schedules/{id}")
	String show(@PathVariable("id") long id, Authentication authentication, Model model) {
		Schedule schedule = schedules.get(id);
		Actor actor = Actor.of(authentication);
		Map<String, String> values = new HashMap<>();
		values.put("username", actor.username());
		return page(schedule, actor, values, Map.of(), model);
	}

	@PostMapping("/schedules/{id}/overrides")
	String addOverride(@PathVariable("id") long id, @RequestParam Map<String, String> values,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Schedule schedule = schedules.get(id);
		Actor actor = Actor.of(authentication);
		ZoneId zone = schedule.timeZone();
		Map<String, String> errors = new LinkedHashMap<>();
		Instant start = local(values.get("start"), zone, "start", errors);
		Instant end = local(values.get("end"), zone, "end", errors);
		if (errors.isEmpty()) {
			try {
				ScheduleOverride added = schedules.addOverride(actor, id,
						new OverrideRequest(values.get("username"), start, end, values.get("note")));
				redirect.addFlashAttribute("notice", "Override added: " + name(added.username()) + " covers "
						+ Formats.at(added.start(), zone) + " – " + Formats.at(added.end(), zone) + ".");
				return "redirect:/schedules/" + id;
			}
			catch (Failure ex) {
				PageErrors.of(ex).forEach(errors::putIfAbsent);
			}
		}
		model.addAttribute("problem", "The override needs your attention; nothing was added.");
		return page(schedule, actor, values, errors, model);
	}

	@PostMapping("/schedules/{id}/overrides/{overrideId}/delete")
	String deleteOverride(@PathVariable("id") long id, @PathVariable("overrideId") long overrideId,
			Authentication authentication, RedirectAttributes redirect) {
		schedules.deleteOverride(Actor.of(authentication), id, overrideId);
		redirect.addFlashAttribute("notice", "Override deleted: the rotation decides again.");
		return "redirect:/schedules/" + id;
	}

	@PostMapping("/schedules/{id}/feed/revoke")
	String revokeFeed(@PathVariable("id") long id, Authentication authentication, RedirectAttributes redirect) {
		feeds.revokeScheduleUrl(Actor.of(authentication), id);
		redirect.addFlashAttribute("notice",
				"The calendar feed has a new address; the old one no longer works. Share the new one with the team.");
		return "redirect:/schedules/" + id;
	}

	private String page(Schedule schedule, Actor actor, Map<String, String> values, Map<String, String> errors,
			Model model) {
		Instant now = clock.instant();
		ZoneId zone = schedule.timeZone();
		LocalDate today = LocalDate.ofInstant(now, zone);
		Instant from = today.atStartOfDay(zone).toInstant();
		Instant to = today.plusDays(DAYS).atStartOfDay(zone).toInstant();
		List<ScheduleOverride> overrides = schedules.overrides(schedule.id(), from);
		Function<String, String> names = cached();
		ScheduleTimeline timeline = ScheduleTimeline.of(schedule, schedules.shifts(schedule, from, to), overrides,
				names, today, DAYS, now);
		Optional<OnCallNow> current = onCall.now(schedule.team())
			.stream()
			.filter(entry -> entry.scheduleId() == schedule.id())
			.findFirst();
		model.addAttribute("page", "schedules");
		model.addAttribute("schedule", schedule);
		model.addAttribute("timeline", timeline);
		model.addAttribute("onCallNow", current.map(OnCallNow::displayName).orElse(null));
		model.addAttribute("onCallUntil",
				current.map(OnCallNow::until).map(until -> Formats.at(until, zone)).orElse(null));
		model.addAttribute("overrides",
				overrides.stream()
					.filter(o -> o.end().isAfter(now))
					.map(o -> new OverrideRow(o.id(), names.apply(o.username()), Formats.at(o.start(), zone),
							Formats.at(o.end(), zone), o.note(), names.apply(o.createdBy())))
					.toList());
		model.addAttribute("mayEdit", Schedules.mayEdit(actor, schedule.team()));
		model.addAttribute("mayCover", Schedules.mayCover(actor, schedule.team()));
		model.addAttribute("members", people.membersOf(schedule.team()));
		model.addAttribute("feedUrl", feeds.scheduleUrl(schedule.id()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "notify/schedule";
	}

	/** A datetime-local value, read as a wall-clock time in the schedule's zone. */
	private static Instant local(String value, ZoneId zone, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Please give a date and time such as 2025-03-05T09:00.");
			return null;
		}
	}

	private String name(String username) {
		return people.find(username).map(People.Person::name).orElse(username);
	}

	/** Display names, each looked up once per page. */
	private Function<String, String> cached() {
		Map<String, String> names = new HashMap<>();
		return username -> names.computeIfAbsent(username, this::name);
	}

	record Summary(long id, String name, String zone, int layers, String onCall, String until) {
	}

	record OverrideRow(long id, String name, String from, String to, String note, String addedBy) {
	}

}
