package dev.firebreak.notify.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases for the schedule math: who is on call at a moment, and the whole shift
 * around it. Times in the tables are local to the schedule's zone; a time inside an
 * autumn overlap carries its offset to say which of the two it is.
 * <p>
 * DST changes in 2025: Europe/Berlin springs forward on 30 March (02:00 → 03:00) and
 * falls back on 26 October (03:00 → 02:00); America/New_York springs forward on 9 March
 * (02:00 → 03:00) and falls back on 2 November (02:00 → 01:00).
 */
class ScheduleMathTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);

	/** The schedules of the tables, by name. */
	private static final Map<String, Schedule> SCHEDULES = Map
		.ofEntries(Map.entry("daily-berlin", schedule(BERLIN, daily("09:00", "2025-03-01", "ana", "ben", "cy"))),
				Map.entry("daily-berlin-autumn", schedule(BERLIN, daily("09:00", "2025-10-25", "ana", "ben"))),
				Map.entry("daily-ny", schedule(NEW_YORK, daily("09:00", "2025-03-08", "ana", "ben"))),
				Map.entry("daily-ny-autumn", schedule(NEW_YORK, daily("09:00", "2025-11-01", "ana", "ben"))),
				Map.entry("weekly-berlin",
						schedule(BERLIN, layer(Rotation.WEEKLY, 0, "09:00", "2025-03-24", List.of(), "ana", "ben"))),
				Map.entry("12h-berlin", schedule(BERLIN, custom(12, "08:00", "2025-03-29", "ana", "ben"))),
				Map.entry("12h-berlin-autumn", schedule(BERLIN, custom(12, "08:00", "2025-10-25", "ana", "ben"))),
				Map.entry("12h-ny", schedule(NEW_YORK, custom(12, "08:00", "2025-03-08", "ana", "ben"))),
				Map.entry("12h-ny-autumn", schedule(NEW_YORK, custom(12, "08:00", "2025-11-01", "ana", "ben"))),
				Map.entry("gap-berlin", schedule(BERLIN, daily("02:30", "2025-03-28", "ana", "ben"))),
				Map.entry("gap-ny", schedule(NEW_YORK, daily("02:30", "2025-03-07", "ana", "ben"))),
				Map.entry("overlap-berlin", schedule(BERLIN, daily("02:30", "2025-10-25", "ana", "ben"))),
				Map.entry("overlap-ny", schedule(NEW_YORK, daily("01:30", "2025-11-01", "ana", "ben"))),
				Map.entry("office-hours",
						schedule(BERLIN, layer(Rotation.DAILY, 0, "09:00", "2025-03-03",
								List.of(new Restriction(WEEKDAYS, time("09:00"), time("17:00"))), "ana", "ben"))),
				Map.entry("nights-ny",
						schedule(NEW_YORK, layer(Rotation.DAILY, 0, "18:00", "2025-03-03",
								List.of(new Restriction(Set.of(), time("22:00"), time("06:00"))), "ana", "ben"))),
				Map.entry("friday-night",
						schedule(BERLIN, layer(Rotation.WEEKLY, 0, "00:00", "2025-03-03",
								List.of(new Restriction(Set.of(FRIDAY), time("22:00"), time("06:00"))), "ana"))),
				Map.entry("layered",
						schedule(BERLIN, daily("09:00", "2025-03-01", "ana"),
								layer(Rotation.DAILY, 0, "09:00", "2025-03-01",
										List.of(new Restriction(WEEKDAYS, time("09:00"), time("17:00"))), "ben"))),
				Map.entry("repeats", schedule(BERLIN, daily("09:00", "2025-03-01", "ana", "ana", "ben"))));

	/**
	 * Overrides on "layered": cy 10:00–11:00 on Wednesday, then dee 10:30–12:00 added
	 * later.
	 */
	private static final List<ScheduleOverride> OVERRIDES = List.of(
			new ScheduleOverride(1, 1, "cy", local(BERLIN, "2025-03-05T10:00"), local(BERLIN, "2025-03-05T11:00"),
					"dentist", "mona"),
			new ScheduleOverride(2, 1, "dee", local(BERLIN, "2025-03-05T10:30"), local(BERLIN, "2025-03-05T12:00"),
					null, "mona"));

	@ParameterizedTest(name = "{0}: {1} at {2} -> {3}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# case                                  | schedule            | at                     | on call | source     | shift from             | shift to               | hours
					daily: before the first handoff         | daily-berlin        | 2025-03-01T08:59       | -       | -          | -                      | -                      | -
					daily: the first turn                   | daily-berlin        | 2025-03-01T09:00       | ana     | layer 0    | 2025-03-01T09:00       | 2025-03-02T09:00       | 24
					daily: third participant                | daily-berlin        | 2025-03-03T20:00       | cy      | layer 0    | 2025-03-03T09:00       | 2025-03-04T09:00       | 24
					daily: round again                      | daily-berlin        | 2025-03-04T09:00       | ana     | layer 0    | 2025-03-04T09:00       | 2025-03-05T09:00       | 24
					Berlin spring: shift over the change    | daily-berlin        | 2025-03-30T08:59       | ben     | layer 0    | 2025-03-29T09:00       | 2025-03-30T09:00       | 23
					Berlin spring: handoff at 09:00 local   | daily-berlin        | 2025-03-30T09:00       | cy      | layer 0    | 2025-03-30T09:00       | 2025-03-31T09:00       | 24
					Berlin autumn: shift over the change    | daily-berlin-autumn | 2025-10-26T08:59       | ana     | layer 0    | 2025-10-25T09:00       | 2025-10-26T09:00       | 25
					Berlin autumn: handoff at 09:00 local   | daily-berlin-autumn | 2025-10-26T09:00       | ben     | layer 0    | 2025-10-26T09:00       | 2025-10-27T09:00       | 24
					New York spring: shift over the change  | daily-ny            | 2025-03-09T08:59       | ana     | layer 0    | 2025-03-08T09:00       | 2025-03-09T09:00       | 23
					New York spring: handoff at 09:00 local | daily-ny            | 2025-03-09T09:00       | ben     | layer 0    | 2025-03-09T09:00       | 2025-03-10T09:00       | 24
					New York autumn: shift over the change  | daily-ny-autumn     | 2025-11-02T08:59       | ana     | layer 0    | 2025-11-01T09:00       | 2025-11-02T09:00       | 25
					New York autumn: handoff at 09:00 local | daily-ny-autumn     | 2025-11-02T09:00       | ben     | layer 0    | 2025-11-02T09:00       | 2025-11-03T09:00       | 24
					weekly: turn over the spring change     | weekly-berlin       | 2025-03-31T08:59       | ana     | layer 0    | 2025-03-24T09:00       | 2025-03-31T09:00       | 167
					weekly: Monday 09:00 handoff            | weekly-berlin       | 2025-03-31T09:00       | ben     | layer 0    | 2025-03-31T09:00       | 2025-04-07T09:00       | 168
					12 h: day shift                         | 12h-berlin          | 2025-03-29T12:00       | ana     | layer 0    | 2025-03-29T08:00       | 2025-03-29T20:00       | 12
					12 h Berlin spring: the short night     | 12h-berlin          | 2025-03-30T03:00       | ben     | layer 0    | 2025-03-29T20:00       | 2025-03-30T08:00       | 11
					12 h Berlin spring: 08:00 handoff       | 12h-berlin          | 2025-03-30T08:00       | ana     | layer 0    | 2025-03-30T08:00       | 2025-03-30T20:00       | 12
					12 h Berlin autumn: the long night      | 12h-berlin-autumn   | 2025-10-26T02:30+01:00 | ben     | layer 0    | 2025-10-25T20:00       | 2025-10-26T08:00       | 13
					12 h New York spring: the short night   | 12h-ny              | 2025-03-09T07:59       | ben     | layer 0    | 2025-03-08T20:00       | 2025-03-09T08:00       | 11
					12 h New York autumn: the long night    | 12h-ny-autumn       | 2025-11-02T01:30-05:00 | ben     | layer 0    | 2025-11-01T20:00       | 2025-11-02T08:00       | 13
					12 h New York autumn: 20:00 handoff     | 12h-ny-autumn       | 2025-11-02T20:00       | ben     | layer 0    | 2025-11-02T20:00       | 2025-11-03T08:00       | 12
					Berlin gap: 02:30 does not exist        | gap-berlin          | 2025-03-30T03:29       | ben     | layer 0    | 2025-03-29T02:30       | 2025-03-30T03:30       | 24
					Berlin gap: the handoff moves to 03:30  | gap-berlin          | 2025-03-30T03:30       | ana     | layer 0    | 2025-03-30T03:30       | 2025-03-31T02:30       | 23
					New York gap: 02:30 does not exist      | gap-ny              | 2025-03-09T03:29       | ben     | layer 0    | 2025-03-08T02:30       | 2025-03-09T03:30       | 24
					New York gap: the handoff moves to 03:30 | gap-ny             | 2025-03-09T03:30       | ana     | layer 0    | 2025-03-09T03:30       | 2025-03-10T02:30       | 23
					Berlin overlap: the first 02:30 hands off | overlap-berlin    | 2025-10-26T02:29+02:00 | ana     | layer 0    | 2025-10-25T02:30       | 2025-10-26T02:30+02:00 | 24
					Berlin overlap: the second 02:30 stays  | overlap-berlin      | 2025-10-26T02:30+01:00 | ben     | layer 0    | 2025-10-26T02:30+02:00 | 2025-10-27T02:30       | 25
					New York overlap: the first 01:30 hands off | overlap-ny      | 2025-11-02T01:30-04:00 | ben     | layer 0    | 2025-11-02T01:30-04:00 | 2025-11-03T01:30       | 25
					New York overlap: the second 01:30 stays | overlap-ny         | 2025-11-02T01:30-05:00 | ben     | layer 0    | 2025-11-02T01:30-04:00 | 2025-11-03T01:30       | 25
					weekdays 09-17: Wednesday noon          | office-hours        | 2025-03-05T12:00       | ana     | layer 0    | 2025-03-05T09:00       | 2025-03-05T17:00       | 8
					weekdays 09-17: the window ends at 17   | office-hours        | 2025-03-05T17:00       | -       | -          | -                      | -                      | -
					weekdays 09-17: before it opens         | office-hours        | 2025-03-05T08:59       | -       | -          | -                      | -                      | -
					weekdays 09-17: not on Saturday         | office-hours        | 2025-03-08T12:00       | -       | -          | -                      | -                      | -
					overnight: before midnight              | nights-ny           | 2025-03-04T23:00       | ben     | layer 0    | 2025-03-04T22:00       | 2025-03-05T06:00       | 8
					overnight: after midnight, same turn    | nights-ny           | 2025-03-05T05:59       | ben     | layer 0    | 2025-03-04T22:00       | 2025-03-05T06:00       | 8
					overnight: not in the day               | nights-ny           | 2025-03-05T12:00       | -       | -          | -                      | -                      | -
					overnight: over the spring change       | nights-ny           | 2025-03-09T01:00       | ben     | layer 0    | 2025-03-08T22:00       | 2025-03-09T06:00       | 7
					overnight from Friday: Saturday 03:00   | friday-night        | 2025-03-08T03:00       | ana     | layer 0    | 2025-03-07T22:00       | 2025-03-08T06:00       | 8
					overnight from Friday: not from Thursday | friday-night       | 2025-03-07T03:00       | -       | -          | -                      | -                      | -
					layers: the higher one wins             | layered             | 2025-03-04T12:00       | ben     | layer 1    | 2025-03-04T09:00       | 2025-03-04T17:00       | 8
					layers: its gap shows the lower one     | layered             | 2025-03-04T18:00       | ana     | layer 0    | 2025-03-04T17:00       | 2025-03-05T09:00       | 16
					layers: the lower one all weekend       | layered             | 2025-03-08T12:00       | ana     | layer 0    | 2025-03-07T17:00       | 2025-03-10T09:00       | 64
					override: wins over the higher layer    | layered             | 2025-03-05T10:15       | cy      | override 1 | 2025-03-05T10:00       | 2025-03-05T10:30       | 0.5
					override: the later of two wins         | layered             | 2025-03-05T10:45       | dee     | override 2 | 2025-03-05T10:30       | 2025-03-05T12:00       | 1.5
					override: the layer takes over again    | layered             | 2025-03-05T12:00       | ben     | layer 1    | 2025-03-05T12:00       | 2025-03-05T17:00       | 5
					override: the earlier one is cut        | layered             | 2025-03-05T09:59       | ben     | layer 1    | 2025-03-05T09:00       | 2025-03-05T10:00       | 1
					""")
	void whoIsOnCall(String description, String name, String at, String who, String source, String shiftFrom,
			String shiftTo, Double hours) {
		Schedule schedule = SCHEDULES.get(name);
		ZoneId zone = schedule.timeZone();
		Instant t = moment(zone, at);
		List<ScheduleOverride> overrides = name.equals("layered") ? OVERRIDES : List.of();

		Optional<Shift> now = OnCallCalculator.at(schedule, overrides, t);
		Optional<Shift> around = OnCallCalculator
			.shifts(schedule, overrides, t.minus(Duration.ofDays(10)), t.plus(Duration.ofDays(10)))
			.stream()
			.filter(shift -> shift.contains(t))
			.findFirst();

		if (who == null) {
			assertThat(now).as("nobody").isEmpty();
			assertThat(around).as("no shift").isEmpty();
			return;
		}
		assertThat(now).hasValueSatisfying(shift -> {
			assertThat(shift.username()).isEqualTo(who);
			assertThat(describe(shift.source())).isEqualTo(source);
		});
		assertThat(around).hasValueSatisfying(shift -> {
			assertThat(shift.username()).isEqualTo(who);
			assertThat(describe(shift.source())).isEqualTo(source);
			assertThat(shift.start()).as("shift from").isEqualTo(moment(zone, shiftFrom));
			assertThat(shift.end()).as("shift to").isEqualTo(moment(zone, shiftTo));
			assertThat(shift.length()).as("hours").isEqualTo(Duration.ofMinutes(Math.round(hours * 60)));
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# case                                   | schedule     | from             | to               | shifts (local start, person, source)
					one participant: one long shift          | daily-berlin | 2025-03-01T09:00 | 2025-03-01T12:00 | 03-01 09:00 ana L0
					turns one after another                  | daily-berlin | 2025-03-01T00:00 | 2025-03-03T12:00 | 03-01 09:00 ana L0, 03-02 09:00 ben L0, 03-03 09:00 cy L0
					the same person twice in a row is merged | repeats      | 2025-03-01T09:00 | 2025-03-07T09:00 | 03-01 09:00 ana L0, 03-03 09:00 ben L0, 03-04 09:00 ana L0, 03-06 09:00 ben L0
					layers and overrides in one day          | layered      | 2025-03-05T00:00 | 2025-03-06T00:00 | 03-05 00:00 ana L0, 03-05 09:00 ben L1, 03-05 10:00 cy O1, 03-05 10:30 dee O2, 03-05 12:00 ben L1, 03-05 17:00 ana L0
					""")
	void shiftsOverARange(String description, String name, String from, String to, String expected) {
		Schedule schedule = SCHEDULES.get(name);
		ZoneId zone = schedule.timeZone();
		List<ScheduleOverride> overrides = name.equals("layered") ? OVERRIDES : List.of();

		List<Shift> shifts = OnCallCalculator.shifts(schedule, overrides, moment(zone, from), moment(zone, to));

		DateTimeFormatter format = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(zone);
		assertThat(shifts.stream()
			.map(shift -> format.format(shift.start()) + " " + shift.username() + " "
					+ (shift.source().isOverride() ? "O" + shift.source().overrideId() : "L" + shift.source().layer()))
			.collect(Collectors.joining(", "))).isEqualTo(expected);
		assertThat(shifts.get(0).start())
			.isEqualTo(moment(zone, from).isBefore(shifts.get(0).start()) ? shifts.get(0).start() : moment(zone, from));
		assertThat(shifts.get(shifts.size() - 1).end()).isEqualTo(moment(zone, to));
		for (int i = 1; i < shifts.size(); i++) {
			assertThat(shifts.get(i).start()).as("no overlaps").isAfterOrEqualTo(shifts.get(i - 1).end());
		}
	}

	private static String describe(Shift.Source source) {
		return source.isOverride() ? "override " + source.overrideId() : "layer " + source.layer();
	}

	/**
	 * A local time in the zone (the earlier one in an overlap), or one with its offset.
	 */
	private static Instant moment(ZoneId zone, String text) {
		if (text.length() > 16) {
			return OffsetDateTime.parse(text).toInstant();
		}
		return local(zone, text);
	}

	private static Instant local(ZoneId zone, String text) {
		return LocalDateTime.parse(text).atZone(zone).toInstant();
	}

	private static LocalTime time(String text) {
		return LocalTime.parse(text);
	}

	private static Schedule schedule(ZoneId zone, Layer... layers) {
		return new Schedule(1, "ops", "test", null, zone, Arrays.asList(layers), 0, 0);
	}

	private static Layer daily(String handoff, String start, String... participants) {
		return layer(Rotation.DAILY, 0, handoff, start, List.of(), participants);
	}

	private static Layer custom(int hours, String handoff, String start, String... participants) {
		return layer(Rotation.CUSTOM, hours, handoff, start, List.of(), participants);
	}

	private static Layer layer(Rotation rotation, int hours, String handoff, String start,
			List<Restriction> restrictions, String... participants) {
		return new Layer(null, rotation, hours, time(handoff), LocalDate.parse(start), List.of(participants),
				restrictions);
	}

}
