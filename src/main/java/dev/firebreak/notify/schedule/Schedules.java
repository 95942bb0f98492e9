package dev.firebreak.notify.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dev.firebreak.notify.NotifyRequestException;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing schedules and their overrides, and reading their shifts. Every request is
 * checked in full before anything is written, so a refused one leaves no trace.
 */
@Service
@Transactional
public class Schedules {

	/** The longest range of shifts one request may ask for. */
	public static final Duration MAX_SHIFT_RANGE = Duration.ofDays(62);

	private final ScheduleRepository schedules;

	private final OverrideRepository overrides;

	private final ScheduleValidator validator;

	private final Clock clock;

	Schedules(ScheduleRepository schedules, OverrideRepository overrides, ScheduleValidator validator, Clock clock) {
		this.schedules = schedules;
		this.overrides = overrides;
		this.validator = validator;
		this.clock = clock;
	}

	public Schedule create(Actor actor, ScheduleRequest request) {
		actor.requireAnyRole("create schedules", Role.MANAGER, Role.ADMIN);
		validator.check(request, null);
		ScheduleAccess.requireEdit(actor, request.team());
		try {
			return get(schedules.insert(request, actor.username(), now()));
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(request.team(), request.name());
		}
	}

	public Schedule update(Actor actor, long id, ScheduleRequest request) {
		Schedule existing = get(id);
		ScheduleAccess.requireEdit(actor, existing.team());
		validator.check(request, existing);
		try {
			schedules.update(id, request.version(), request, actor.username(), now());
		}
		catch (DuplicateKeyException ex) {
			throw nameTaken(existing.team(), request.name());
		}
		return get(id);
	}

	/**
	 * Checks a schedule as {@link #create} (no {@code existingId}) or {@link #update}
	 * would, writing nothing: a form that could not read some fields still learns what
	 * else is wrong.
	 */
	@Transactional(readOnly = true)
	public void check(ScheduleRequest request, Long existingId) {
		validator.check(request, existingId == null ? null : get(existingId));
	}

	/** Its overrides go with it. */
	public void delete(Actor actor, long id) {
		ScheduleAccess.requireEdit(actor, get(id).team());
		schedules.delete(id);
	}

	@Transactional(readOnly = true)
	public Schedule get(long id) {
		return schedules.find(id)
			.orElseThrow(() -> NotifyRequestException.notFound("There is no schedule " + id + "."));
	}

	@Transactional(readOnly = true)
	public Optional<Schedule> find(long id) {
		return schedules.find(id);
	}

	/** Every schedule (by team and name), or the team's when one is named. */
	@Transactional(readOnly = true)
	public List<Schedule> list(String team) {
		return schedules.findAll(team == null || team.isBlank() ? null : team);
	}

	public ScheduleOverride addOverride(Actor actor, long scheduleId, OverrideRequest request) {
		Schedule schedule = get(scheduleId);
		ScheduleAccess.requireCover(actor, schedule.team());
		// the datetime columns keep whole seconds on MySQL; cut here so every database
		// agrees
		OverrideRequest whole = new OverrideRequest(request.username(), seconds(request.start()),
				seconds(request.end()), request.note());
		validator.check(whole);
		long id = overrides.insert(scheduleId, whole, actor.username(), now());
		return overrides.find(scheduleId, id).orElseThrow();
	}

	public void deleteOverride(Actor actor, long scheduleId, long overrideId) {
		ScheduleAccess.requireCover(actor, get(scheduleId).team());
		if (!overrides.delete(scheduleId, overrideId)) {
			throw NotifyRequestException.notFound("Schedule " + scheduleId + " has no override " + overrideId + ".");
		}
	}

	/** The overrides still running at or after {@code from} (now when null), by start. */
	@Transactional(readOnly = true)
	public List<ScheduleOverride> overrides(long scheduleId, Instant from) {
		get(scheduleId);
		return overrides.endingAfter(scheduleId, from == null ? now() : from);
	}

	/**
	 * The schedule's shifts over {@code [from, to)}: from now and two weeks on when not
	 * given; at most {@link #MAX_SHIFT_RANGE}.
	 */
	@Transactional(readOnly = true)
	public List<Shift> shifts(long scheduleId, Instant from, Instant to) {
		Instant start = from == null ? now() : from;
		Instant end = to == null ? start.plus(Duration.ofDays(14)) : to;
		if (!end.isAfter(start)) {
			throw NotifyRequestException.invalid("to", "must be after from (" + start + ")");
		}
		if (Duration.between(start, end).compareTo(MAX_SHIFT_RANGE) > 0) {
			throw NotifyRequestException.invalid("to",
					"must be at most " + MAX_SHIFT_RANGE.toDays() + " days after from");
		}
		return shifts(get(scheduleId), start, end);
	}

	/** The shifts of a schedule already read, over any range. */
	@Transactional(readOnly = true)
	public List<Shift> shifts(Schedule schedule, Instant from, Instant to) {
		return OnCallCalculator.shifts(schedule, overrides.overlapping(schedule.id(), from, to), from, to);
	}

	/** Whether the person may create, change and delete the team's schedules. */
	public static boolean mayEdit(Actor actor, String team) {
		return ScheduleAccess.mayEdit(actor, team);
	}

	/** Whether the person may add and delete overrides on the team's schedules. */
	public static boolean mayCover(Actor actor, String team) {
		return ScheduleAccess.mayCover(actor, team);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static Instant seconds(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * A name another schedule of the team has: a conflict with what is stored, as for
	 * services, people and teams.
	 */
	private static NotifyRequestException nameTaken(String team, String name) {
		return NotifyRequestException.conflict("name",
				"is taken: team " + team + " already has a schedule named '" + name + "'");
	}

}
