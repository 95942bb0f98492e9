package dev.firebreak.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Incidents;
import dev.firebreak.incident.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases for the SLA clocks, on the day of {@link Incidents}: detected at 09:00,
 * acknowledge due 09:30, resolve due 17:00 (a P2). Times in the tables are UTC times of
 * that day; an empty cell is "not recorded".
 */
class SlaStateTest {

	/**
	 * One clock: a due time, when it stopped, and now. Breached means it stopped, or is
	 * still running, after the due time; the due time itself is in time.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
			case                                    | due   | stopped      | now          | remaining | breached
			no due time before prioritisation       |       |              | 09:10        |           | false
			stopped before prioritisation           |       | 09:10        | 09:20        |           | false
			running before the due time             | 09:30 |              | 09:10        | PT20M     | false
			running, remaining in whole seconds     | 09:30 |              | 09:10:00.750 | PT19M59S  | false
			running at the due time exactly         | 09:30 |              | 09:30        | PT0S      | false
			running past the due time               | 09:30 |              | 09:45        | PT-15M    | true
			running past it by half a second        | 09:30 |              | 09:30:00.500 | PT0S      | true
			stopped before the due time             | 09:30 | 09:10        | 09:45        |           | false
			stopped at the due time exactly         | 09:30 | 09:30        | 09:45        |           | false
			stopped a millisecond late              | 09:30 | 09:30:00.001 | 09:45        |           | true
			stopped late, looked at before due      | 09:30 | 09:45        | 09:20        |           | true
			""")
	void aCountdown(String name, String due, String stopped, String now, String remaining, boolean breached) {
		SlaCountdown countdown = SlaCountdown.of(at(due), at(stopped), at(now));

		assertThat(countdown.due()).isEqualTo(at(due));
		assertThat(countdown.stoppedAt()).isEqualTo(at(stopped));
		assertThat(countdown.remaining()).isEqualTo(remaining == null ? null : Duration.parse(remaining));
		assertThat(countdown.breached()).isEqualTo(breached);
	}

	/**
	 * Which recorded time stops which clock. A clock reads "running, …" or "overdue, …"
	 * with the time left, "met at" or "breached at" the time it stopped.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', useHeadersInDisplayName = true,
			textBlock = """
					case                                      | status       | resolution          | acknowledged | mitigated | resolved | closed | now   | acknowledge clock      | resolve clock
					open, before the acknowledge due time     | OPEN         |                     |              |           |          |        | 09:10 | running, PT20M left    | running, PT7H50M left
					open, past the acknowledge due time       | OPEN         |                     |              |           |          |        | 09:45 | overdue, PT-15M left   | running, PT7H15M left
					open, past both due times                 | OPEN         |                     |              |           |          |        | 18:00 | overdue, PT-8H-30M left | overdue, PT-1H left
					acknowledged in time                      | ACKNOWLEDGED |                     | 09:10        |           |          |        | 12:00 | met at 09:10           | running, PT5H left
					acknowledged at the due time exactly      | ACKNOWLEDGED |                     | 09:30        |           |          |        | 12:00 | met at 09:30           | running, PT5H left
					acknowledged late                         | ACKNOWLEDGED |                     | 09:45        |           |          |        | 12:00 | breached at 09:45      | running, PT5H left
					mitigated: resolve still runs             | MITIGATED    | FIXED_BY_HOTFIX     | 09:10        | 10:00     |          |        | 12:00 | met at 09:10           | running, PT5H left
					fixed by operations: resolve still runs   | MITIGATED    | FIXED_BY_OPERATIONS | 09:10        | 09:40     |          |        | 18:00 | met at 09:10           | overdue, PT-1H left
					resolved in time                          | RESOLVED     | FIXED_BY_HOTFIX     | 09:10        | 10:00     | 11:00    |        | 18:00 | met at 09:10           | met at 11:00
					resolved late                             | RESOLVED     | FIXED_BY_HOTFIX     | 09:45        | 10:00     | 17:30    |        | 18:00 | breached at 09:45      | breached at 17:30
					closed: resolution, not closing, counts   | CLOSED       | FIXED_BY_HOTFIX     | 09:10        | 10:00     | 11:00    | 20:00  | 21:00 | met at 09:10           | met at 11:00
					false alarm, resolved when closed         | CLOSED       | FALSE_ALARM         | 09:10        |           | 09:20    | 09:20  | 18:00 | met at 09:10           | met at 09:20
					recovered before anyone acknowledged      | MITIGATED    | RECOVERED           |              | 09:20     |          |        | 10:00 | met at 09:20           | running, PT7H left
					recovered unacknowledged after the due    | MITIGATED    | RECOVERED           |              | 09:50     |          |        | 10:00 | breached at 09:50      | running, PT7H left
					cancelled before anyone acknowledged      | CANCELLED    | DUPLICATE           |              |           |          | 09:20  | 18:00 | met at 09:20           | met at 09:20
					cancelled after the acknowledge due time  | CANCELLED    | DUPLICATE           |              |           |          | 09:45  | 18:00 | breached at 09:45      | met at 09:45
					cancelled after acknowledgement           | CANCELLED    | DUPLICATE           | 09:10        |           |          | 10:00  | 18:00 | met at 09:10           | met at 10:00
					cancelled after the resolve due time      | CANCELLED    | DUPLICATE           | 09:10        |           |          | 17:30  | 18:00 | met at 09:10           | breached at 17:30
					""")
	void theClocksOfAnIncident(String name, IncidentStatus status, Resolution resolution, String acknowledged,
			String mitigated, String resolved, String closed, String now, String acknowledgeClock,
			String resolveClock) {
		SlaState sla = SlaState.of(status, resolution, at(acknowledged), at(mitigated), at(resolved), at(closed),
				Incidents.ACK_DUE_AT, Incidents.RESOLVE_DUE_AT, at(now));

		assertThat(describe(sla.acknowledge())).as("acknowledge").isEqualTo(acknowledgeClock);
		assertThat(describe(sla.resolve())).as("resolve").isEqualTo(resolveClock);
	}

	/**
	 * An incident that recovered before anyone acknowledged is acknowledged later, when
	 * someone takes its verification; its acknowledge clock still stopped at the recovery
	 * (the route removed the acknowledge timer then). Here: recovered at 09:20, 10
	 * minutes before the due time, verification taken at 10:00: met, not breached.
	 */
	@Test
	void aRecoveryBeforeAnyoneAcknowledgedStaysTheAcknowledgeStopWhenTheVerificationIsTakenLater() {
		SlaState sla = SlaState.of(IncidentStatus.MITIGATED, Resolution.RECOVERED, at("10:00"), at("09:20"), null, null,
				Incidents.ACK_DUE_AT, Incidents.RESOLVE_DUE_AT, at("10:30"));

		assertThat(describe(sla.acknowledge())).isEqualTo("met at 09:20");
	}

	@Test
	void beforePrioritisationNeitherClockIsSetOrBreached() {
		SlaState sla = SlaState.of(Incidents.reported(), at("23:00"));

		assertThat(sla.acknowledge()).isEqualTo(new SlaCountdown(null, null, null, false));
		assertThat(sla.resolve()).isEqualTo(new SlaCountdown(null, null, null, false));
	}

	/** The incident overload reads the same times as the table's. */
	@Test
	void anIncidentsClocksComeFromItsRecordedTimes() {
		assertThat(clocks(Incidents.open(), "09:10")).containsExactly("running, PT20M left", "running, PT7H50M left");
		assertThat(clocks(Incidents.acknowledged(), "12:00")).containsExactly("met at 09:10", "running, PT5H left");
		assertThat(clocks(Incidents.closed(), "23:00")).containsExactly("met at 09:10", "met at 11:00");
		assertThat(clocks(Incidents.closedFalseAlarm(), "23:00")).containsExactly("met at 09:10", "met at 12:00");
		assertThat(clocks(Incidents.recoveredUnacknowledged(), "10:00")).containsExactly("met at 09:20",
				"running, PT7H left");
		assertThat(clocks(Incidents.cancelled(), "23:00")).containsExactly("met at 09:20", "met at 09:20");
	}

	private static String[] clocks(Incident incident, String now) {
		SlaState sla = SlaState.of(incident, at(now));
		return new String[] { describe(sla.acknowledge()), describe(sla.resolve()) };
	}

	/** A clock in the words of the table. */
	static String describe(SlaCountdown clock) {
		if (clock.due() == null) {
			return "not set";
		}
		if (clock.stoppedAt() == null) {
			return (clock.breached() ? "overdue, " : "running, ") + clock.remaining() + " left";
		}
		return (clock.breached() ? "breached at " : "met at ")
				+ LocalTime.ofInstant(clock.stoppedAt(), ZoneOffset.UTC).toString();
	}

	/** A time of the day the built incidents happen on; null for an empty cell. */
	static Instant at(String time) {
		return time == null ? null
				: Incidents.DETECTED_AT.atOffset(ZoneOffset.UTC).with(LocalTime.parse(time)).toInstant();
	}

}
