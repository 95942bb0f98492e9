package dev.firebreak.export;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaPause;
import dev.firebreak.sla.SlaTerms;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What stood each incident's SLA clocks still, as sla's {@code SlaTerms} has it: the
 * times it waited (on a third party or its reporter, who started and ended the wait), and
 * the maintenance windows of its service while it ran, when its policy pauses for
 * maintenance. The Incidents sheet's due times are these stretches later than counted
 * time alone. A wait still open has no end; its length runs to the export.
 */
final class SlaPausesSheet {

	static final String NAME = "SLA pauses";

	static final List<Column> COLUMNS = List.of(new Column("Incident", 12), new Column("Service", 20),
			new Column("Kind", 12), new Column("Reason", 12), new Column("Note", 40), new Column("From", 20),
			new Column("Until", 20), new Column("Length", 12), new Column("Started by", 14),
			new Column("Ended by", 14));

	private final IssueLogSheetWriter sheet;

	SlaPausesSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	void write(IncidentRecord incident, SlaTerms terms, Instant exportedAt) {
		for (SlaPause pause : terms.pauses()) {
			sheet.row()
				.text(incident.number())
				.text(incident.service())
				.text("waiting")
				.name(pause.reason())
				.text(pause.note())
				.time(pause.startedAt())
				.time(pause.endedAt())
				.duration(length(pause.startedAt(), pause.endedAt(), exportedAt))
				.text(pause.startedBy())
				.text(pause.endedBy());
		}
		// maintenance counts only while the resolve clock ran
		SlaCountdown resolve = terms.clocks().resolve();
		Instant end = resolve.stoppedAt() != null ? resolve.stoppedAt() : exportedAt;
		for (SlaTerms.Stop stop : terms.maintenance()) {
			if (stop.from().isBefore(end)) {
				sheet.row()
					.text(incident.number())
					.text(incident.service())
					.text("maintenance")
					.text(null)
					.text(null)
					.time(stop.from())
					.time(stop.to())
					.duration(length(stop.from(), stop.to(), exportedAt));
			}
		}
	}

	private static Duration length(Instant from, Instant to, Instant exportedAt) {
		return Duration.between(from, to != null ? to : exportedAt);
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
