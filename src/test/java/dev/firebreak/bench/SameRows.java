package dev.firebreak.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * For small sizes, proof that the baseline writes what the export writes: the two
 * Incidents sheets are compared cell by cell (type and shown value). A baseline that
 * wrote less would flatter the export's ratio.
 */
final class SameRows {

	static final long MAX_ROWS = 2_000;

	private SameRows() {
	}

	static void check(Path raw, Path real) throws IOException {
		DataFormatter shown = new DataFormatter();
		try (XSSFWorkbook a = new XSSFWorkbook(raw.toFile()); XSSFWorkbook b = new XSSFWorkbook(real.toFile())) {
			Sheet left = a.getSheet("Incidents");
			Sheet right = b.getSheet("Incidents");
			if (left.getLastRowNum() != right.getLastRowNum()) {
				throw new IllegalStateException(
						"row counts differ: " + left.getLastRowNum() + " and " + right.getLastRowNum());
			}
			for (int r = 0; r <= left.getLastRowNum(); r++) {
				Row x = left.getRow(r);
				Row y = right.getRow(r);
				for (int c = 0; c < Math.max(x.getLastCellNum(), y.getLastCellNum()); c++) {
					String one = describe(x.getCell(c), shown);
					String other = describe(y.getCell(c), shown);
					if (!one.equals(other)) {
						throw new IllegalStateException(
								"row " + r + " column " + c + ": raw " + one + ", export " + other);
					}
				}
			}
			System.out.printf("checked: the baseline's %,d rows equal the export's cell by cell%n",
					left.getLastRowNum());
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	private static String describe(Cell cell, DataFormatter shown) {
		return cell == null ? "empty" : cell.getCellType() + " " + shown.formatCellValue(cell);
	}

}
