package dev.firebreak.sla;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Severity;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The demo profile's SLA terms: an office-hours calendar (Berlin, Monday to Friday
 * 09:00-17:00, Christmas and New Year off), a policy that measures the {@code website}
 * service's incidents in those business hours and stops for its maintenance, and an
 * incident of that service that waits on a vendor, so that its clocks stand still on the
 * page and in the report. Made through the same services the admin pages use, once: the
 * demo keeps its H2 file, and nothing is added while a calendar exists.
 */
@Component
@Profile("demo")
@Order(10)
class DemoSla implements ApplicationRunner {

	static final String SERVICE = "website";

	private final SlaPolicies policies;

	private final IncidentService incidents;

	private final Waiting waiting;

	private final Clock clock;

	DemoSla(SlaPolicies policies, IncidentService incidents, Waiting waiting, Clock clock) {
		this.policies = policies;
		this.incidents = incidents;
		this.waiting = waiting;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!policies.calendars().isEmpty()) {
			return;
		}
		int year = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
		Map<String, List<String>> hours = new LinkedHashMap<>();
		Arrays.stream(DayOfWeek.values()).limit(5).forEach(day -> hours.put(day.name(), List.of("09:00-17:00")));
		List<String> holidays = List.of(year + "-12-25", year + "-12-26", (year + 1) + "-01-01", (year + 1) + "-12-25",
				(year + 1) + "-12-26");
		Authentication admin = as("admin", Role.ADMIN);
		SlaCalendar office = policies.create(
				new SlaCalendarRequest("Office hours (Berlin)", "Europe/Berlin", hours, holidays, year, year + 1),
				admin);
		policies.create(new SlaPolicyRequest("Website: business hours", SERVICE, null, null, "PT1H", "PT8H",
				"BUSINESS_HOURS", office.id(), true), admin);
		String number = incidents
			.report(new NewIncident("Images load slowly for some visitors",
					"The CDN serves stale or slow images in one region.", SERVICE, Severity.HIGH, Impact.MEDIUM), "bob")
			.number();
		waiting.start(number, WaitingReason.THIRD_PARTY,
				"Waiting on the CDN vendor: their ticket CDN-4711 says a fix is being rolled out.",
				as("bob", Role.RESPONDER));
	}

	private static Authentication as(String username, Role role) {
		return new UsernamePasswordAuthenticationToken(username, null,
				Actor.authorities(Set.of(role), role == Role.RESPONDER ? Set.of("web") : Set.of()));
	}

}
