package dev.firebreak.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import dev.firebreak.export.Workbooks.Column;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet, written top to bottom: a bold, frozen header row with an auto-filter over
 * the data, fixed column widths (auto-sizing a streamed sheet would need every row in
 * memory), and one typed cell after another. Null values leave the cell empty.
 */
final class SheetWriter {

	private static final double SECONDS_PER_DAY = 86_400;

	private final Workbooks book;

	private final Sheet sheet;

	private final int columns;

	private Row row;

	private int lastRow;

	private int column;

	SheetWriter(Workbooks book, Sheet sheet, Column... columns) {
		this.book = book;
		this.sheet = sheet;
		this.columns = columns.length;
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.length; i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns[i].header());
			cell.setCellStyle(book.header);
			sheet.setColumnWidth(i, Math.min(255, columns[i].width()) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/** Starts the next row. */
	SheetWriter row() {
		row = sheet.createRow(++lastRow);
		column = 0;
		return this;
	}

	SheetWriter text(String value) {
		Cell cell = next();
		if (value != null) {
			cell.setCellValue(CellText.safe(value));
		}
		return this;
	}

	SheetWriter number(Number value) {
		Cell cell = next();
		if (value != null) {
			cell.setCellValue(value.doubleValue());
			cell.setCellStyle(value instanceof Double ? book.decimal : book.integer);
		}
		return this;
	}

	/** A point in time as a date-time cell in the workbook's zone. */
	SheetWriter instant(Instant value) {
		Cell cell = next();
		if (value != null) {
			cell.setCellValue(LocalDateTime.ofInstant(value, book.zone));
			cell.setCellStyle(book.dateTime);
		}
		return this;
	}

	SheetWriter date(LocalDate value) {
		Cell cell = next();
		if (value != null) {
			cell.setCellValue(value);
			cell.setCellStyle(book.date);
		}
		return this;
	}

	/** Seconds as a spreadsheet duration (a fraction of a day), shown as [h]:mm:ss. */
	SheetWriter duration(Double seconds) {
		Cell cell = next();
		if (seconds != null) {
			cell.setCellValue(seconds / SECONDS_PER_DAY);
			cell.setCellStyle(book.duration);
		}
		return this;
	}

	/** Sets the auto-filter over the header and every row written. */
	void finish() {
		sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns - 1));
	}

	private Cell next() {
		return row.createCell(column++);
	}

}
