package dev.firebreak.export;

import java.util.List;

import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.status.FeedbackQueries;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What status page subscribers answered to the survey on each incident (1 to 5 and a
 * comment), read through status's {@code FeedbackQueries}; who answered is not kept with
 * the answer, so it is not here either.
 */
final class FeedbackSheet {

	static final String NAME = "User feedback";

	static final List<Column> COLUMNS = List.of(new Column("Given at", 20), new Column("Incident", 12),
			new Column("Service", 16), new Column("Rating (1-5)", 12), new Column("Comment", 60));

	private final IssueLogSheetWriter sheet;

	FeedbackSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	void write(IncidentRecord incident, List<FeedbackQueries.Answer> answers) {
		for (FeedbackQueries.Answer answer : answers) {
			sheet.row()
				.time(answer.givenAt())
				.text(incident.number())
				.text(incident.service())
				.number((long) answer.rating())
				.text(answer.comment());
		}
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
