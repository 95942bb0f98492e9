package dev.firebreak.export;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaState;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One row per incident and SLA clock that was breached. A clock is breached when it
 * stopped after its due time, or still runs past it at the time of the export, computed
 * from the recorded times by the SLA feature's rules; so an incident resolved late counts
 * even when no timer fired. A clock whose timer recorded a breach (an SLA_BREACHED entry)
 * is listed too, even if a later reprioritisation moved its due time so that it was met.
 * "Late by" runs from the due time to when the clock stopped, or to the export.
 */
final class SlaBreachesSheet {

	static final String NAME = "SLA breaches";

	static final List<Column> COLUMNS = List.of(new Column("Incident", 12), new Column("Clock", 12),
			new Column("Due", 20), new Column("Stopped at", 20), new Column("Late by", 12),
			new Column("Timer recorded at", 20), new Column("State", 40));

	private final IssueLogSheetWriter sheet;

	SlaBreachesSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	void write(IncidentRecord incident, IncidentFacts facts, SlaState sla, Instant exportedAt) {
		write(incident, "acknowledge", sla.acknowledge(), facts.breachRecorded.get("acknowledge"), exportedAt);
		write(incident, "resolve", sla.resolve(), facts.breachRecorded.get("resolve"), exportedAt);
	}

	private void write(IncidentRecord incident, String clock, SlaCountdown countdown, Instant timerAt,
			Instant exportedAt) {
		if (!countdown.breached() && timerAt == null) {
			return;
		}
		Duration late = null;
		String state;
		if (countdown.breached()) {
			Instant end = countdown.stoppedAt() != null ? countdown.stoppedAt() : exportedAt;
			late = Duration.between(countdown.due(), end);
			state = countdown.stoppedAt() != null ? "breached" : "overdue, still running";
		}
		else {
			state = "recorded by the timer; met under the current due time";
		}
		sheet.row()
			.text(Incident.number(incident.id()))
			.text(clock)
			.time(countdown.due())
			.time(countdown.stoppedAt())
			.duration(late)
			.time(timerAt)
			.text(state);
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
