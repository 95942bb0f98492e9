package dev.firebreak.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.firebreak.notify.schedule.Schedule;
import dev.firebreak.notify.schedule.Schedules;
import dev.firebreak.notify.schedule.Shift;
import dev.firebreak.security.People;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on call: the one question every part of paging asks of the schedules. Only
 * enabled people are named, so a disabled account on a rotation leaves that schedule with
 * nobody rather than paging someone who has left; a schedule with nobody on call at the
 * moment is left out of the lists.
 */
@Component
@Transactional(readOnly = true)
public class OnCall {

	/** How far ahead {@link OnCallNow#until()} is looked for. */
	public static final Duration LOOK_AHEAD = Duration.ofDays(31);

	private final Schedules schedules;

	private final People people;

	private final Clock clock;

	OnCall(Schedules schedules, People people, Clock clock) {
		this.schedules = schedules;
		this.people = people;
		this.clock = clock;
	}

	/** Who is on call now on each of the team's schedules, by schedule name. */
	public List<OnCallNow> now(String team) {
		return at(team, clock.instant());
	}

	/** Who is on call at {@code t} on each of the team's schedules, by schedule name. */
	public List<OnCallNow> at(String team, Instant t) {
		return onCall(schedules.list(team), t);
	}

	/** Who is on call on every team's schedules now, by team and schedule name. */
	public List<OnCallNow> everyTeamNow() {
		return everyTeamAt(clock.instant());
	}

	/**
	 * Who is on call on every team's schedules at {@code t}, by team and schedule name.
	 */
	public List<OnCallNow> everyTeamAt(Instant t) {
		return onCall(schedules.list(null), t);
	}

	/**
	 * Who is on call on the schedule at {@code t}; empty for nobody or no such schedule.
	 */
	public Optional<String> userAt(long scheduleId, Instant t) {
		return schedules.find(scheduleId).flatMap(schedule -> onCall(schedule, t)).map(OnCallNow::username);
	}

	private List<OnCallNow> onCall(List<Schedule> list, Instant t) {
		return list.stream().map(schedule -> onCall(schedule, t)).flatMap(Optional::stream).toList();
	}

	private Optional<OnCallNow> onCall(Schedule schedule, Instant t) {
		Instant horizon = t.plus(LOOK_AHEAD);
		List<Shift> ahead = schedules.shifts(schedule, t, horizon);
		if (ahead.isEmpty() || ahead.get(0).start().isAfter(t)) {
			return Optional.empty();
		}
		String username = ahead.get(0).username();
		// a shift of the same person from another layer or an override right after it
		// keeps them on call
		Instant until = ahead.get(0).end();
		for (Shift next : ahead.subList(1, ahead.size())) {
			if (!next.start().equals(until) || !next.username().equals(username)) {
				break;
			}
			until = next.end();
		}
		Instant end = until.equals(horizon) ? null : until;
		return people.find(username)
			.map(person -> new OnCallNow(schedule.id(), schedule.name(), schedule.team(), username, person.name(),
					end));
	}

}
