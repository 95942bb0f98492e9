package dev.firebreak.export;

import java.util.List;

import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.incident.Incident;
import dev.firebreak.task.WorkTaskRecord;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every human task the route created. Duration runs from creation to completion (or to
 * cancellation); it is empty while the task is open.
 */
final class TasksSheet {

	static final String NAME = "Tasks";

	static final List<Column> COLUMNS = List.of(new Column("Incident", 12), new Column("Stage", 21),
			new Column("Team", 14), new Column("Created", 20), new Column("Claimed by", 16),
			new Column("Claimed at", 20), new Column("Completed by", 16), new Column("Completed at", 20),
			new Column("Cancelled at", 20), new Column("Outcome", 18), new Column("Duration", 12));

	private final IssueLogSheetWriter sheet;

	TasksSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	void write(WorkTaskRecord task) {
		sheet.row()
			.text(Incident.number(task.incidentId()))
			.name(task.stage())
			.text(task.team())
			.time(task.createdAt())
			.text(task.claimedBy())
			.time(task.claimedAt())
			.text(task.completedBy())
			.time(task.completedAt())
			.time(task.endedAt())
			.text(task.outcome())
			.duration(IncidentFacts.between(task.createdAt(),
					task.completedAt() != null ? task.completedAt() : task.endedAt()));
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
