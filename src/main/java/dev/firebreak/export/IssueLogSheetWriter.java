package dev.firebreak.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet of a streaming workbook row by row: a bold, frozen header row with an
 * auto-filter, fixed column widths (measuring would need every row in memory), dates as
 * real date cells in UTC and durations as numbers of days with an {@code [hh]:mm:ss}
 * format, and text through {@link CellText}.
 */
final class IssueLogSheetWriter {

	/** One column: its header and its width in characters. */
	record Column(String header, int width) {
	}

	private final SXSSFSheet sheet;

	private final Styles styles;

	private final int columns;

	private Row row;

	private int cell;

	private int rows;

	IssueLogSheetWriter(SXSSFWorkbook workbook, Styles styles, String name, List<Column> columns) {
		this.sheet = workbook.createSheet(name);
		this.styles = styles;
		this.columns = columns.size();
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i).header());
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	IssueLogSheetWriter row() {
		rows++;
		row = sheet.createRow(rows);
		cell = 0;
		return this;
	}

	IssueLogSheetWriter text(String value) {
		if (value != null) {
			Cell next = next();
			next.setCellValue(CellText.safe(value));
			next.setCellStyle(styles.plain);
		}
		return skip(value);
	}

	/** An enum value's name as text. */
	IssueLogSheetWriter name(Enum<?> value) {
		return text(value == null ? null : value.name());
	}

	IssueLogSheetWriter number(Long value) {
		if (value != null) {
			Cell next = next();
			next.setCellValue(value);
			next.setCellStyle(styles.plain);
		}
		return skip(value);
	}

	IssueLogSheetWriter time(Instant value) {
		if (value != null) {
			Cell next = next();
			next.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
			next.setCellStyle(styles.time);
		}
		return skip(value);
	}

	/** A day without a time, such as a due date. */
	IssueLogSheetWriter date(LocalDate value) {
		if (value != null) {
			Cell next = next();
			next.setCellValue(value);
			next.setCellStyle(styles.day);
		}
		return skip(value);
	}

	IssueLogSheetWriter duration(Duration value) {
		if (value != null) {
			Cell next = next();
			next.setCellValue(value.toMillis() / 86_400_000d);
			next.setCellStyle(styles.duration);
		}
		return skip(value);
	}

	/** An empty value leaves its cell out altogether, as spreadsheets do. */
	private IssueLogSheetWriter skip(Object value) {
		if (value == null) {
			cell++;
		}
		return this;
	}

	String name() {
		return sheet.getSheetName();
	}

	/** Rows written below the header. */
	int rows() {
		return rows;
	}

	/** Sets the auto-filter over every row written; call once, at the end. */
	void finish() {
		sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns - 1));
	}

	private Cell next() {
		return row.createCell(cell++);
	}

	static final String DURATION_FORMAT = "[hh]:mm:ss";

	/** The cell styles a workbook shares (a workbook holds at most 64,000). */
	static final class Styles {

		final CellStyle header;

		/**
		 * The workbook's default style, set explicitly: POI looks up the style of a cell
		 * without one in its column's definition, through XMLBeans, for every cell it
		 * writes, which took half of the writing time of a sheet with column widths. The
		 * file is the same (style 0 is never written out).
		 */
		final CellStyle plain;

		final CellStyle time;

		final CellStyle day;

		final CellStyle duration;

		Styles(SXSSFWorkbook workbook) {
			plain = workbook.getCellStyleAt(0);
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			time = workbook.createCellStyle();
			time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			day = workbook.createCellStyle();
			day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			duration = workbook.createCellStyle();
			// Elapsed hours, zero-padded: LibreOffice (7.4) shows [h]:mm:ss, and Excel's
			// built-in format 46 with that code, as a clock time ("12:10:00 AM" for ten
			// minutes); [hh]:mm:ss reads the same in both.
			duration.setDataFormat(workbook.createDataFormat().getFormat(DURATION_FORMAT));
		}

	}

}
