package dev.firebreak.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * The benchmark's way into the export package, whose types are package-private: the
 * production {@link IssueLogWorkbook} writing the Incidents sheet alone, and the sheet's
 * layout for the raw baseline to copy.
 */
public final class IncidentsSheetExport {

	public static final int ROW_WINDOW = IssueLogWorkbook.ROW_WINDOW;

	public static final String DURATION_FORMAT = IssueLogSheetWriter.DURATION_FORMAT;

	private IncidentsSheetExport() {
	}

	/**
	 * Exports every incident's Incidents row, as an export job reads them; returns rows.
	 */
	public static int write(ApplicationContext context, OutputStream out) throws IOException {
		IssueLogResult result = context.getBean(IssueLogWorkbook.class)
			.write(ExportFilters.NONE, "benchmark", out, read -> {
			}, IssueLogWorkbook.Scope.INCIDENTS_ONLY);
		return result.sheetRows().get(IncidentsSheet.NAME);
	}

	public static List<String> headers() {
		return IncidentsSheet.COLUMNS.stream().map(IssueLogSheetWriter.Column::header).toList();
	}

	public static List<Integer> widths() {
		return IncidentsSheet.COLUMNS.stream().map(IssueLogSheetWriter.Column::width).toList();
	}

}
