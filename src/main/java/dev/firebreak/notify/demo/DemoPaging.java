package dev.firebreak.notify.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import dev.firebreak.notify.channel.ChannelKind;
import dev.firebreak.notify.contact.ContactRequests;
import dev.firebreak.notify.contact.Contacts;
import dev.firebreak.notify.policy.Policies;
import dev.firebreak.notify.policy.PolicyRequest;
import dev.firebreak.notify.policy.PolicyRequest.LevelRequest;
import dev.firebreak.notify.policy.PolicyRequest.TargetRequest;
import dev.firebreak.notify.schedule.Layer;
import dev.firebreak.notify.schedule.OverrideRequest;
import dev.firebreak.notify.schedule.Rotation;
import dev.firebreak.notify.schedule.Schedule;
import dev.firebreak.notify.schedule.ScheduleRequest;
import dev.firebreak.notify.schedule.Schedules;
import dev.firebreak.security.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's paging: each demo team has a schedule and a default escalation policy, and
 * the demo people have email addresses in the demo mailbox, so that a P1 reported in the
 * walk-through pages someone within seconds. Made once; a restart on the same database
 * keeps what is there (and what people changed).
 */
@Component
@Profile("demo")
@Order(10)
class DemoPaging implements ApplicationRunner {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Actor ADMIN = new Actor("admin", Set.of("ADMIN"), Set.of());

	private final Schedules schedules;

	private final Policies policies;

	private final Contacts contacts;

	private final Clock clock;

	DemoPaging(Schedules schedules, Policies policies, Contacts contacts, Clock clock) {
		this.schedules = schedules;
		this.policies = policies;
		this.contacts = contacts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String person : List.of("alice", "bob", "maya")) {
			if (contacts.methodsOf(person).isEmpty()) {
				contacts.create(new Actor(person, Set.of("RESPONDER"), Set.of()), new ContactRequests.NewContactMethod(
						ChannelKind.EMAIL, "Work email", person + "@firebreak.demo"));
			}
		}
		LocalDate monday = LocalDate.now(clock.withZone(ZONE)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Schedule payments = schedule("payments", "Payments on call", Rotation.WEEKLY, monday, List.of("alice"));
		Schedule web = schedule("web", "Web on call", Rotation.WEEKLY, monday, List.of("bob"));
		Schedule platform = schedule("platform", "Platform on call", Rotation.DAILY, monday, List.of("maya"));
		if (payments != null) {
			// next Tuesday night Maya covers Alice: the timeline shows an override
			Instant from = monday.plusWeeks(1).plusDays(1).atTime(18, 0).atZone(ZONE).toInstant();
			schedules.addOverride(ADMIN, payments.id(), new OverrideRequest("maya", from,
					from.plus(14, ChronoUnit.HOURS), "Covering for Alice (evening off)"));
			policy("payments", "Payments escalation", 2, onCall(payments, 5), person("maya", 10));
		}
		if (web != null) {
			policy("web", "Web escalation", 1, onCall(web, 5), person("maya", 10));
		}
		if (platform != null) {
			policy("platform", "Platform escalation", 1, onCall(platform, 15));
		}
	}

	/**
	 * @return the new schedule, or null when the team has it already
	 */
	private Schedule schedule(String team, String name, Rotation rotation, LocalDate start, List<String> people) {
		if (schedules.list(team).stream().anyMatch(schedule -> schedule.name().equals(name))) {
			return null;
		}
		Layer layer = new Layer("Primary", rotation, 0, LocalTime.of(9, 0), start, people, List.of());
		return schedules.create(ADMIN, new ScheduleRequest(team, name, null, ZONE.getId(), List.of(layer), null));
	}

	private void policy(String team, String name, int repeatCount, LevelRequest... levels) {
		policies.create(new PolicyRequest(team, name, "Made for the demo: whoever is on call first, then the manager.",
				List.of(levels), repeatCount, List.of(), true), ADMIN);
	}

	private static LevelRequest onCall(Schedule schedule, int delayMinutes) {
		return new LevelRequest(delayMinutes, List.of(new TargetRequest("SCHEDULE", Long.toString(schedule.id()))));
	}

	private static LevelRequest person(String username, int delayMinutes) {
		return new LevelRequest(delayMinutes, List.of(new TargetRequest("USER", username)));
	}

}
