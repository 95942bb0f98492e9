package dev.firebreak.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.firebreak.export.IssueLogSheetWriter.Column;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Who exported what, when, how many rows each sheet holds, and the figures that tie the
 * workbook to the live record.
 */
final class AboutSheet {

	static final String NAME = "About";

	static final List<Column> COLUMNS = List.of(new Column("Item", 30), new Column("Value", 110));

	static final String TIME_ZONE = "UTC: every date and time in this workbook is in UTC";

	static final String NEUTRALISED = "Text that starts with = + - @, a tab or a carriage return (or their full-width"
			+ " forms) is prefixed with a single quote (') so that no spreadsheet runs it as a formula;"
			+ " the original text is what follows the quote. Text longer than 32,767 characters is cut and ends with "
			+ CellText.CUT_MARK + ".";

	private AboutSheet() {
	}

	static void write(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles, String exportedBy, Instant exportedAt,
			ExportFilters filters, Map<String, Integer> sheetRows, ChainHead head) {
		IssueLogSheetWriter sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
		sheet.row().text("Export").text("Firebreak issue log");
		sheet.row().text("Exported by").text(exportedBy);
		sheet.row().text("Exported at").time(exportedAt);
		sheet.row().text("Time zone").text(TIME_ZONE);
		Map<String, String> set = filters.describe();
		for (String filter : List.of("from", "to", "service", "team", "priority", "status")) {
			sheet.row().text("Filter: " + filter).text(set.getOrDefault(filter, "(any)"));
		}
		sheetRows.forEach((name, rows) -> sheet.row().text("Rows: " + name).number((long) rows));
		sheet.row().text("Audit chain head entry").number(head.auditEntry());
		sheet.row().text("Audit chain head hash").text(head.auditHash());
		sheet.row().text("Timeline as of entry").number(head.timelineAsOf());
		sheet.row().text("Timeline heads digest").text(head.timelineDigest());
		sheet.row().text("Timeline heads incidents").number(head.incidents());
		sheet.row().text("Chain head").text(head.value());
		sheet.row()
			.text("How to verify")
			.text("GET /api/v1/audit/verify with this export's filters and timelineAsOf=" + head.timelineAsOf()
					+ "&auditAsOf=" + head.auditEntry()
					+ " recomputes the chain head from the live record: the same value means the timelines of these"
					+ " incidents (up to that entry) and the audit log (up to that entry) are unchanged. Each"
					+ " Incidents row also names its timeline head entry and hash.");
		sheet.row().text("Formula neutralisation").text(NEUTRALISED);
		sheet.finish();
	}

}
