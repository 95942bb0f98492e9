package dev.firebreak.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.firebreak.sla.BusinessHours.Hours;
import dev.firebreak.sla.BusinessHours.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases for business-time arithmetic. Times in the tables are wall-clock times of
 * the calendar's zone; the UTC column spells out the instant where a DST change makes the
 * difference. Pauses are {@code from>to} in the same wall-clock times, {@code to} empty
 * while the pause lasts.
 */
class BusinessHoursTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/**
	 * Mon-Fri 09:00-17:00 in Berlin, closed on Christmas Eve, Christmas Day and 1
	 * January.
	 */
	private static final BusinessHours OFFICE = new BusinessHours(BERLIN,
			weekdays(new Hours(LocalTime.of(9, 0), LocalTime.of(17, 0))),
			Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

	/** A night desk in New York: Mon-Fri 22:00-24:00 and Tue-Sat 00:00-06:00. */
	private static final BusinessHours NIGHTS = new BusinessHours(NEW_YORK, nights(), Set.of());

	/** Sundays 01:00-04:00 in Berlin: the hours the clocks change in. */
	private static final BusinessHours SUNDAY_NIGHTS = new BusinessHours(BERLIN,
			Map.of(DayOfWeek.SUNDAY, List.of(new Hours(LocalTime.of(1, 0), LocalTime.of(4, 0)))), Set.of());

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', useHeadersInDisplayName = true,
			textBlock = """
					case                                      | calendar | from             | amount | pauses                              | due              | due UTC
					inside one day                            | office   | 2026-03-02T10:00 | PT4H   |                                     | 2026-03-02T14:00 | 2026-03-02T13:00:00Z
					ends at closing time exactly              | office   | 2026-03-02T13:00 | PT4H   |                                     | 2026-03-02T17:00 | 2026-03-02T16:00:00Z
					overnight into the next morning           | office   | 2026-03-02T16:00 | PT2H   |                                     | 2026-03-03T10:00 | 2026-03-03T09:00:00Z
					starts before opening                     | office   | 2026-03-03T07:00 | PT1H   |                                     | 2026-03-03T10:00 | 2026-03-03T09:00:00Z
					over the weekend                          | office   | 2026-03-06T16:30 | PT1H   |                                     | 2026-03-09T09:30 | 2026-03-09T08:30:00Z
					starts on a Saturday                      | office   | 2026-03-07T11:00 | PT30M  |                                     | 2026-03-09T09:30 | 2026-03-09T08:30:00Z
					a whole working week                      | office   | 2026-03-09T09:00 | PT40H  |                                     | 2026-03-13T17:00 | 2026-03-13T16:00:00Z
					over the weekend clocks go forward        | office   | 2026-03-27T16:00 | PT2H   |                                     | 2026-03-30T10:00 | 2026-03-30T08:00:00Z
					over the weekend clocks go back           | office   | 2026-10-23T16:00 | PT2H   |                                     | 2026-10-26T10:00 | 2026-10-26T09:00:00Z
					over Christmas holidays and a weekend     | office   | 2026-12-23T16:00 | PT2H   |                                     | 2026-12-28T10:00 | 2026-12-28T09:00:00Z
					over New Year's Day and a weekend         | office   | 2026-12-31T16:00 | PT1H30M |                                    | 2027-01-04T09:30 | 2027-01-04T08:30:00Z
					paused inside a business day              | office   | 2026-03-02T10:00 | PT4H   | 2026-03-02T11:00>2026-03-02T11:30   | 2026-03-02T14:30 | 2026-03-02T13:30:00Z
					paused across business days               | office   | 2026-03-02T10:00 | PT4H   | 2026-03-02T12:00>2026-03-03T10:00   | 2026-03-03T12:00 | 2026-03-03T11:00:00Z
					paused outside hours only                 | office   | 2026-03-02T16:00 | PT2H   | 2026-03-02T18:00>2026-03-03T08:00   | 2026-03-03T10:00 | 2026-03-03T09:00:00Z
					two pauses                                | office   | 2026-03-02T09:00 | PT3H   | 2026-03-02T10:00>2026-03-02T11:00, 2026-03-02T12:00>2026-03-02T13:00 | 2026-03-02T14:00 | 2026-03-02T13:00:00Z
					paused and still waiting: no due time     | office   | 2026-03-02T10:00 | PT4H   | 2026-03-02T11:00>                   |                  |
					breached before a pause that still lasts  | office   | 2026-03-02T10:00 | PT1H   | 2026-03-02T12:00>                   | 2026-03-02T11:00 | 2026-03-02T10:00:00Z
					night shift over midnight                 | nights   | 2026-11-02T23:00 | PT3H   |                                     | 2026-11-03T02:00 | 2026-11-03T07:00:00Z
					night shift from the morning              | nights   | 2026-11-03T07:00 | PT1H   |                                     | 2026-11-03T23:00 | 2026-11-04T04:00:00Z
					Friday night into Saturday morning        | nights   | 2026-11-06T23:00 | PT4H   |                                     | 2026-11-07T03:00 | 2026-11-07T08:00:00Z
					Saturday morning to Monday night          | nights   | 2026-11-07T05:00 | PT2H   |                                     | 2026-11-09T23:00 | 2026-11-10T04:00:00Z
					the missing hour is not worked            | sundays  | 2026-03-29T00:00 | PT2H   |                                     | 2026-03-29T04:00 | 2026-03-29T02:00:00Z
					the repeated hour is worked twice         | sundays  | 2026-10-25T00:00 | PT4H   |                                     | 2026-10-25T04:00 | 2026-10-25T03:00:00Z
					round the clock with a pause              | always   | 2026-03-02T10:00 | PT4H   | 2026-03-02T11:00>2026-03-02T11:30   | 2026-03-02T14:30 | 2026-03-02T14:30:00Z
					round the clock, still paused             | always   | 2026-03-02T10:00 | PT4H   | 2026-03-02T11:00>                   |                  |
					""")
	void dueTimes(String name, String calendar, String from, String amount, String pauses, String due, String dueUtc) {
		BusinessHours hours = calendar(calendar);
		ZoneId zone = zone(calendar);

		Instant computed = hours.plus(at(from, zone), Duration.parse(amount), pauses(pauses, zone));

		assertThat(computed).isEqualTo(due == null ? null : at(due, zone));
		assertThat(computed).isEqualTo(dueUtc == null ? null : Instant.parse(dueUtc));
		if (computed != null && pauses == null) {
			assertThat(hours.between(at(from, zone), computed, List.of())).as("the way back")
				.isEqualTo(Duration.parse(amount));
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', useHeadersInDisplayName = true,
			textBlock = """
					case                                   | calendar | from             | to               | pauses                            | counted
					one working day                        | office   | 2026-03-02T00:00 | 2026-03-03T00:00 |                                   | PT8H
					a weekend counts nothing               | office   | 2026-03-07T00:00 | 2026-03-09T00:00 |                                   | PT0S
					a working week                         | office   | 2026-03-09T00:00 | 2026-03-16T00:00 |                                   | PT40H
					Christmas week                         | office   | 2026-12-21T00:00 | 2026-12-28T00:00 |                                   | PT24H
					lunch paused                           | office   | 2026-03-02T09:00 | 2026-03-02T17:00 | 2026-03-02T12:00>2026-03-02T13:00 | PT7H
					a pause still lasting stops the count  | office   | 2026-03-02T09:00 | 2026-03-03T17:00 | 2026-03-02T12:00>                 | PT3H
					a night-shift week                     | nights   | 2026-11-02T00:00 | 2026-11-09T00:00 |                                   | PT40H
					the Sunday clocks go forward           | sundays  | 2026-03-29T00:00 | 2026-03-30T00:00 |                                   | PT2H
					the Sunday clocks go back              | sundays  | 2026-10-25T00:00 | 2026-10-26T00:00 |                                   | PT4H
					round the clock                        | always   | 2026-03-28T12:00 | 2026-03-29T12:00 |                                   | PT24H
					backwards counts nothing               | office   | 2026-03-03T12:00 | 2026-03-02T12:00 |                                   | PT0S
					""")
	void countedTime(String name, String calendar, String from, String to, String pauses, String counted) {
		ZoneId zone = zone(calendar);

		assertThat(calendar(calendar).between(at(from, zone), at(to, zone), pauses(pauses, zone)))
			.isEqualTo(Duration.parse(counted));
	}

	@Test
	void aCalendarWithoutHoursNeverComesDue() {
		BusinessHours closed = new BusinessHours(BERLIN, Map.of(), Set.of());

		assertThat(closed.plus(Instant.parse("2026-03-02T10:00:00Z"), Duration.ofMinutes(1), List.of())).isNull();
		assertThat(
				closed.between(Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-04-02T10:00:00Z"), List.of()))
			.isZero();
	}

	private static BusinessHours calendar(String name) {
		return switch (name) {
			case "office" -> OFFICE;
			case "nights" -> NIGHTS;
			case "sundays" -> SUNDAY_NIGHTS;
			default -> BusinessHours.ALWAYS;
		};
	}

	private static ZoneId zone(String calendar) {
		return switch (calendar) {
			case "nights" -> NEW_YORK;
			case "always" -> ZoneId.of("UTC");
			default -> BERLIN;
		};
	}

	private static Instant at(String local, ZoneId zone) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}

	private static List<Interval> pauses(String pauses, ZoneId zone) {
		List<Interval> intervals = new ArrayList<>();
		if (pauses == null) {
			return intervals;
		}
		for (String pause : pauses.split(",")) {
			String[] ends = pause.strip().split(">", -1);
			intervals.add(new Interval(at(ends[0], zone), ends[1].isBlank() ? null : at(ends[1], zone)));
		}
		return intervals;
	}

	private static Map<DayOfWeek, List<Hours>> weekdays(Hours hours) {
		Map<DayOfWeek, List<Hours>> weekly = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			weekly.put(day, List.of(hours));
		}
		return weekly;
	}

	private static Map<DayOfWeek, List<Hours>> nights() {
		Map<DayOfWeek, List<Hours>> weekly = new EnumMap<>(DayOfWeek.class);
		Hours evening = new Hours(LocalTime.of(22, 0), LocalTime.MIDNIGHT);
		Hours morning = new Hours(LocalTime.MIDNIGHT, LocalTime.of(6, 0));
		weekly.put(DayOfWeek.MONDAY, List.of(evening));
		for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
			weekly.put(day, List.of(morning, evening));
		}
		weekly.put(DayOfWeek.SATURDAY, List.of(morning));
		return weekly;
	}

}
