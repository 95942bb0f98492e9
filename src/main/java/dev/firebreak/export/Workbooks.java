package dev.firebreak.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook with the cell styles every sheet shares. Rows are flushed to a
 * temporary file after a window of 200, so a long sheet costs little memory; call
 * {@link #toBytes()} once, which also deletes that file.
 */
final class Workbooks implements AutoCloseable {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	final ZoneId zone;

	final CellStyle header;

	final CellStyle dateTime;

	final CellStyle date;

	final CellStyle duration;

	final CellStyle decimal;

	final CellStyle integer;

	Workbooks(ZoneId zone) {
		this.zone = zone;
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header = workbook.createCellStyle();
		this.header.setFont(bold);
		this.dateTime = format("yyyy-mm-dd hh:mm:ss");
		this.date = format("yyyy-mm-dd");
		this.duration = format("[h]:mm:ss");
		this.decimal = format("0.000");
		this.integer = format("0");
	}

	SheetWriter sheet(String name, Column... columns) {
		return new SheetWriter(this, workbook.createSheet(name), columns);
	}

	byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing a workbook to memory failed", ex);
		}
		finally {
			close();
		}
	}

	@Override
	public void close() {
		workbook.dispose();
		try {
			workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CellStyle format(String pattern) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
		return style;
	}

	/** A column: its header and its width in characters. */
	record Column(String header, int width) {
	}

}
