package dev.firebreak.export;

import java.util.List;

import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.TimelineRecord;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every timeline entry, by incident, then in the order written, with its hash so that a
 * single entry can be checked against the live record.
 */
final class TimelineSheet {

	static final String NAME = "Timeline";

	static final List<Column> COLUMNS = List.of(new Column("Time", 20), new Column("Incident", 12),
			new Column("Entry", 10), new Column("Actor", 16), new Column("Type", 22), new Column("Details", 80),
			new Column("Hash", 66));

	private final IssueLogSheetWriter sheet;

	TimelineSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	void write(TimelineRecord entry) {
		sheet.row()
			.time(entry.at())
			.text(Incident.number(entry.incidentId()))
			.number(entry.id())
			.text(entry.actor())
			.name(entry.type())
			.text(entry.details())
			.text(entry.hash());
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
