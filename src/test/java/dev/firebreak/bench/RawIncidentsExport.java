package dev.firebreak.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.firebreak.audit.ChainHash;
import dev.firebreak.export.IncidentsSheetExport;
import dev.firebreak.incident.TimelineChain;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The baseline: the Incidents rows already in memory as ready cell values, written with
 * POI's streaming workbook and nothing else, in the same columns, cell types, styles, row
 * window, frozen header and auto-filter as the export. What the export costs on top of
 * this is reading and shaping the rows.
 * <p>
 * A million rows of 33 cells do not fit a 1 GB heap, so the baseline holds at most
 * {@value #POOL} distinct rows and writes them round-robin; POI writes inline strings, so
 * a repeated value costs it the same as a new one.
 */
final class RawIncidentsExport {

	static final int POOL = 100_000;

	/** Cell kinds in column order: Text, Date-time, dUration, Number. */
	static final String LAYOUT = "TTTTTTTTTTDDDDDUUDTDTNNTTTTTTTTNT";

	private final List<Object[]> rows;

	private RawIncidentsExport(List<Object[]> rows) {
		this.rows = rows;
	}

	/** Builds the in-memory rows for incidents 1..min(n, POOL). */
	static RawIncidentsExport prepare(long n) {
		int size = (int) Math.min(n, POOL);
		List<Object[]> rows = new ArrayList<>(size);
		for (long id = 1; id <= size; id++) {
			rows.add(row(id));
		}
		return new RawIncidentsExport(rows);
	}

	/** Writes {@code n} rows; returns the file's size. */
	long write(long n, Path file) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(IncidentsSheetExport.ROW_WINDOW);
		try (OutputStream out = Files.newOutputStream(file)) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			// As the export does: a cell without a style makes POI look up its column's
			// style
			// (slowly) on every write; style 0 explicitly writes the same file.
			CellStyle plain = workbook.getCellStyleAt(0);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle time = workbook.createCellStyle();
			time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			CellStyle duration = workbook.createCellStyle();
			duration.setDataFormat(workbook.createDataFormat().getFormat(IncidentsSheetExport.DURATION_FORMAT));
			SXSSFSheet sheet = workbook.createSheet("Incidents");
			Row head = sheet.createRow(0);
			List<String> headers = IncidentsSheetExport.headers();
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, IncidentsSheetExport.widths().get(i) * 256);
			}
			sheet.createFreezePane(0, 1);
			for (long r = 0; r < n; r++) {
				Object[] values = rows.get((int) (r % rows.size()));
				Row row = sheet.createRow((int) r + 1);
				for (int c = 0; c < values.length; c++) {
					Object value = values[c];
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					switch (LAYOUT.charAt(c)) {
						case 'T' -> {
							cell.setCellValue((String) value);
							cell.setCellStyle(plain);
						}
						case 'D' -> {
							cell.setCellValue((LocalDateTime) value);
							cell.setCellStyle(time);
						}
						case 'U' -> {
							cell.setCellValue((Double) value);
							cell.setCellStyle(duration);
						}
						default -> {
							cell.setCellValue((Long) value);
							cell.setCellStyle(plain);
						}
					}
				}
			}
			sheet.setAutoFilter(new CellRangeAddress(0, (int) n, 0, LAYOUT.length() - 1));
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
		return Files.size(file);
	}

	/** The Incidents row of incident {@code id}, as the export would write it. */
	static Object[] row(long id) {
		List<Object> cells = new ArrayList<>(LAYOUT.length());
		cells.add(BenchIncidents.number(id));
		cells.add(BenchIncidents.title(id));
		cells.add(BenchIncidents.service(id));
		cells.add(BenchIncidents.team(id));
		cells.add(BenchIncidents.severity(id));
		cells.add(BenchIncidents.impact(id));
		cells.add(BenchIncidents.priority(id));
		cells.add("CLOSED");
		cells.add("CLOSED");
		cells.add("FIXED_BY_HOTFIX");
		Instant detected = BenchIncidents.detectedAt(id);
		cells.add(time(detected));
		cells.add(time(BenchIncidents.acknowledgedAt(id)));
		cells.add(time(BenchIncidents.mitigatedAt(id)));
		cells.add(time(BenchIncidents.resolvedAt(id)));
		cells.add(time(BenchIncidents.closedAt(id)));
		cells.add(days(detected, BenchIncidents.acknowledgedAt(id)));
		cells.add(days(detected, BenchIncidents.resolvedAt(id)));
		cells.add(time(BenchIncidents.ackDueAt(id)));
		cells.add(BenchIncidents.acknowledgedAt(id).isAfter(BenchIncidents.ackDueAt(id)) ? "breached" : "met");
		cells.add(time(BenchIncidents.resolveDueAt(id)));
		cells.add(BenchIncidents.resolvedAt(id).isAfter(BenchIncidents.resolveDueAt(id)) ? "breached" : "met");
		cells.add((long) BenchIncidents.escalationLevel(id));
		cells.add((long) BenchIncidents.occurrences(id));
		for (int stage = 0; stage < BenchIncidents.STAGES.size(); stage++) {
			cells.add(BenchIncidents.assignee(id, stage));
		}
		cells.add(BenchIncidents.hotfixReference(id));
		cells.add(BenchIncidents.rootCauseSummary(id));
		Long recurrence = BenchIncidents.recurrenceOf(id);
		cells.add(recurrence == null ? null : BenchIncidents.number(recurrence));
		Long duplicate = BenchIncidents.duplicateOf(id);
		cells.add(duplicate == null ? null : BenchIncidents.number(duplicate));
		cells.add(BenchIncidents.firstEntryId(id) + BenchIncidents.ENTRIES - 1);
		cells.add(headHash(id));
		return cells.toArray();
	}

	private static String headHash(long id) {
		String hash = ChainHash.GENESIS;
		for (int entry = 0; entry < BenchIncidents.ENTRIES; entry++) {
			hash = TimelineChain.hash(hash, id, BenchIncidents.entryAt(id, entry), BenchIncidents.entryActor(id, entry),
					BenchIncidents.ENTRY_TYPES.get(entry), BenchIncidents.entryDetails(id, entry));
		}
		return hash;
	}

	private static LocalDateTime time(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Double days(Instant start, Instant end) {
		return Duration.between(start, end).toMillis() / 86_400_000d;
	}

}
