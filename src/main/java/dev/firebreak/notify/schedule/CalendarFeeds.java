package dev.firebreak.notify.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.link.SigningKeys;
import dev.firebreak.security.Actor;
import dev.firebreak.security.People;
import dev.firebreak.security.People.Person;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Read-only iCalendar feeds of shifts, one per schedule and one per person, at addresses
 * that carry their own secret: calendar apps cannot sign in. The secret is an HMAC of the
 * feed's name and generation, so nothing secret is stored, and bumping the generation
 * revokes the old address.
 * <p>
 * Not transactional: making the signing key the first time writes it, which a read-only
 * transaction would refuse.
 */
@Component
public class CalendarFeeds {

	static final String KEY = "calendar-feeds";

	private final Schedules schedules;

	private final ScheduleRepository repository;

	private final PersonFeedRepository personFeeds;

	private final SigningKeys keys;

	private final People people;

	private final NotifyProperties properties;

	private final Clock clock;

	CalendarFeeds(Schedules schedules, ScheduleRepository repository, PersonFeedRepository personFeeds,
			SigningKeys keys, People people, NotifyProperties properties, Clock clock) {
		this.schedules = schedules;
		this.repository = repository;
		this.personFeeds = personFeeds;
		this.keys = keys;
		this.people = people;
		this.properties = properties;
		this.clock = clock;
	}

	/** The schedule feed's address, for anyone who may read the schedule. */
	public String scheduleUrl(long scheduleId) {
		return scheduleUrl(schedules.get(scheduleId));
	}

	/** A new address for the schedule's feed; the old one stops working. */
	public String revokeScheduleUrl(Actor actor, long scheduleId) {
		ScheduleAccess.requireEdit(actor, schedules.get(scheduleId).team());
		repository.bumpFeedGeneration(scheduleId);
		return scheduleUrl(scheduleId);
	}

	/** The address of the person's own feed: their shifts on every schedule. */
	public String personUrl(String username) {
		return properties.link("/calendars/people/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8)
				+ ".ics?token=" + keys.sign(KEY, personText(username, personFeeds.generation(username))));
	}

	/** A new address for the person's feed; the old one stops working. */
	public String revokePersonUrl(String username) {
		personFeeds.bump(username);
		return personUrl(username);
	}

	/** The schedule's feed, if the token is the current one. */
	Optional<String> scheduleFeed(long scheduleId, String token) {
		return schedules.find(scheduleId)
			.filter(schedule -> keys.verify(KEY, scheduleText(schedule), token))
			.map(schedule -> ShiftCalendar.write("On call: " + schedule.name(), events(schedule, null), stamp()));
	}

	/**
	 * The person's feed, if they are an enabled person and the token is the current one.
	 */
	Optional<String> personFeed(String username, String token) {
		return people.find(username)
			.filter(person -> keys.verify(KEY, personText(username, personFeeds.generation(username)), token))
			.map(person -> ShiftCalendar.write("On call: " + person.name(), personEvents(person), stamp()));
	}

	private String scheduleUrl(Schedule schedule) {
		return properties
			.link("/calendars/schedules/" + schedule.id() + ".ics?token=" + keys.sign(KEY, scheduleText(schedule)));
	}

	private static String scheduleText(Schedule schedule) {
		return "schedule:" + schedule.id() + ":" + schedule.feedGeneration();
	}

	private static String personText(String username, int generation) {
		return "person:" + username + ":" + generation;
	}

	private List<ShiftCalendar.Event> personEvents(Person person) {
		List<ShiftCalendar.Event> events = new ArrayList<>();
		schedules.list(null).forEach(schedule -> events.addAll(events(schedule, person.username())));
		events.sort(Comparator.comparing(ShiftCalendar.Event::start));
		return events;
	}

	/**
	 * The shifts in the feed window (everyone's, or one person's). The window is cut at
	 * whole UTC days, so that a shift running over its edge keeps its start, and with it
	 * its event's identity, for a day at a time.
	 */
	private List<ShiftCalendar.Event> events(Schedule schedule, String onlyFor) {
		Instant now = clock.instant();
		Instant from = now.minus(properties.feedBehind()).truncatedTo(ChronoUnit.DAYS);
		Instant to = now.plus(properties.feedAhead()).truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
		return schedules.shifts(schedule, from, to)
			.stream()
			.filter(shift -> onlyFor == null || onlyFor.equals(shift.username()))
			.map(shift -> event(schedule, shift))
			.toList();
	}

	private ShiftCalendar.Event event(Schedule schedule, Shift shift) {
		String name = people.find(shift.username()).map(Person::name).orElse(shift.username());
		Shift.Source source = shift.source();
		String origin = source.isOverride() ? "O" + source.overrideId() : "L" + source.layer();
		String uid = "shift-" + schedule.id() + "-" + shift.username() + "-" + shift.start().getEpochSecond() + "-"
				+ origin + "@" + properties.baseUrl().getHost();
		String description = "Team " + schedule.team() + ". "
				+ (source.isOverride() ? "An override: someone covers this time."
						: "From the rotation, layer " + (source.layer() + 1)
								+ (source.layerName() == null ? "" : " (" + source.layerName() + ")") + ".")
				+ "\n" + properties.link("/schedules/" + schedule.id());
		return new ShiftCalendar.Event(uid, "On call: " + schedule.name() + " (" + name + ")", description,
				shift.start(), shift.end());
	}

	private Instant stamp() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
