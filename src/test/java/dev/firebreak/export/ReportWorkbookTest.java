package dev.firebreak.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dev.firebreak.report.DailyReport;
import dev.firebreak.report.DailyReport.ActionItem;
import dev.firebreak.report.DailyReport.CompletedRca;
import dev.firebreak.report.DailyReport.Evaluation;
import dev.firebreak.report.DailyReport.EvaluationFigures;
import dev.firebreak.report.DailyReport.Learning;
import dev.firebreak.report.DailyReport.Monitoring;
import dev.firebreak.report.DailyReport.OverdueIncident;
import dev.firebreak.report.DailyReport.RecurringProblem;
import dev.firebreak.report.DailyReport.ServiceEvaluation;
import dev.firebreak.report.DailyReport.ServiceMonitoring;
import dev.firebreak.report.Figure;
import dev.firebreak.report.MaintenanceTime;
import dev.firebreak.report.SlaReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The workbooks' shape on reports built by hand in the Europe/Berlin zone (UTC+2 in
 * June): sheets, headers, typed cells, frozen header, auto-filter and text that never
 * becomes a formula.
 */
class ReportWorkbookTest {

	static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"click\")";

	static final Figure MTTA = new Figure(5400.0, 3600.0, 4500.0, 50.0, "↑", 20.0, "↑");

	static final Figure COUNT = new Figure(3.0, 2.0, 0.5, 50.0, "↑", 500.0, "↑");

	@Test
	void theDailyWorkbookHasTypedCellsInTheReportZone() throws IOException {
		try (Workbook book = open(DailyReportWorkbook.of(daily()))) {
			assertThat(sheetNames(book)).containsExactly("Summary", "Monitoring", "Evaluation", "Recurring problems",
					"RCAs completed", "Open action items", "Open past SLA");
			for (Sheet sheet : book) {
				assertFrozenBoldFilteredHeader(book, (XSSFSheet) sheet);
			}

			Sheet summary = book.getSheet("Summary");
			assertThat(summary.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.parse("2030-06-15"));
			assertDate(summary.getRow(2).getCell(1));
			// 2030-06-15T22:00Z is midnight in Berlin (summer time)
			assertThat(summary.getRow(4).getCell(1).getLocalDateTimeCellValue())
				.isEqualTo(LocalDateTime.parse("2030-06-15T00:00:00"));
			assertDate(summary.getRow(4).getCell(1));
			assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Europe/Berlin");
			assertThat(summary.getRow(8).getCell(1).getStringCellValue()).isEqualTo("All");

			Sheet monitoring = book.getSheet("Monitoring");
			assertThat(headers(monitoring)).containsExactly("Service", "Team", "Tier", "Samples", "Uptime (%)",
					"Mean response (ms)", "P95 response (ms)", "Error rate", "Incidents opened", "P50 response (ms)",
					"Degraded (s)", "In maintenance", "Uptime in maintenance (%)", "Uptime outside maintenance (%)",
					"Alerts suppressed by maintenance");
			Row service = monitoring.getRow(1);
			assertThat(service.getCell(9).getNumericCellValue()).isEqualTo(200.0);
			assertThat(service.getCell(10).getNumericCellValue()).isEqualTo(600.0);
			assertThat(service.getCell(12).getNumericCellValue()).isEqualTo(50.0);
			assertThat(service.getCell(14).getNumericCellValue()).isEqualTo(5.0);
			assertText(service.getCell(0), "'" + EVIL);
			assertThat(service.getCell(2).getNumericCellValue()).isEqualTo(1);
			assertThat(service.getCell(3).getNumericCellValue()).isEqualTo(4);
			assertThat(service.getCell(4).getNumericCellValue()).isEqualTo(75.0);
			assertThat(service.getCell(5).getNumericCellValue()).isEqualTo(250.0);
			assertThat(service.getCell(6).getNumericCellValue()).isEqualTo(400);
			assertThat(service.getCell(7).getNumericCellValue()).isEqualTo(0.25);
			assertThat(service.getCell(8).getNumericCellValue()).isEqualTo(4);
			Row quiet = monitoring.getRow(2);
			assertThat(quiet.getCell(4).getCellType()).as("no samples: empty").isEqualTo(CellType.BLANK);

			Sheet evaluation = book.getSheet("Evaluation");
			assertThat(headers(evaluation)).containsExactly("Service", "Team", "Metric", "Value", "Previous day",
					"Change vs previous day (%)", "Trend vs previous day", "30-day baseline", "Change vs baseline (%)",
					"Trend vs baseline");
			// all services first (6 metrics), then each service
			assertThat(evaluation.getRow(1).getCell(0).getStringCellValue()).isEqualTo("All services");
			assertThat(evaluation.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Incidents resolved");
			assertThat(evaluation.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
			assertThat(evaluation.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(0.5);
			assertThat(evaluation.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(500.0);
			assertThat(evaluation.getRow(1).getCell(9).getStringCellValue()).isEqualTo("↑");
			Row mtta = evaluation.getRow(2);
			assertThat(mtta.getCell(2).getStringCellValue()).isEqualTo("MTTA");
			for (int column : new int[] { 3, 4, 7 }) {
				assertDuration(mtta.getCell(column));
			}
			assertThat(mtta.getCell(3).getNumericCellValue()).isCloseTo(5400 / 86400.0, within(1e-12));
			assertThat(mtta.getCell(4).getNumericCellValue()).isCloseTo(3600 / 86400.0, within(1e-12));
			assertThat(mtta.getCell(5).getNumericCellValue()).isEqualTo(50.0);
			assertThat(mtta.getCell(6).getStringCellValue()).isEqualTo("↑");
			assertThat(evaluation.getRow(7).getCell(0).getStringCellValue()).isEqualTo("quiet");
			assertText(evaluation.getRow(13).getCell(0), "'" + EVIL);
			assertThat(evaluation.getLastRowNum()).as("header, then 6 metrics × 3").isEqualTo(6 * 3);

			Row rca = book.getSheet("RCAs completed").getRow(1);
			assertText(rca.getCell(3), "'+cmd|' /C calc'!A0");
			assertThat(rca.getCell(4).getLocalDateTimeCellValue())
				.isEqualTo(LocalDateTime.parse("2030-06-15T11:00:00"));
			assertDate(rca.getCell(4));
			assertText(rca.getCell(7), "'-2+3");
			Row action = book.getSheet("Open action items").getRow(1);
			assertText(action.getCell(4), "'@SUM(A1:A2)");
			Row problem = book.getSheet("Recurring problems").getRow(1);
			assertText(problem.getCell(2), "'\tDisk full");
			assertThat(problem.getCell(4).getStringCellValue()).isEqualTo("INC-000007, INC-000008");
			Row overdue = book.getSheet("Open past SLA").getRow(1);
			assertText(overdue.getCell(3), "'\rQueue stuck");
			assertDuration(overdue.getCell(7));
			assertThat(overdue.getCell(7).getNumericCellValue()).isCloseTo(79200 / 86400.0, within(1e-12));
			assertThat(formulas(book)).isEmpty();
		}
	}

	@Test
	void theMonthlyWorkbookListsUptimeComplianceAndBreaches() throws IOException {
		List<SlaReport.PriorityCompliance> priorities = List.of(
				new SlaReport.PriorityCompliance("P1", 2, 1, 50.0, 2, 1, 50.0),
				new SlaReport.PriorityCompliance("P2", 0, 0, null, 0, 0, null));
		SlaReport report = new SlaReport(YearMonth.parse("2030-07"), "2030-07", "MONTH", "UTC",
				Instant.parse("2030-07-01T00:00:00Z"), Instant.parse("2030-08-01T00:00:00Z"), true,
				Instant.parse("2030-08-02T00:00:00Z"), List.of("ops"),
				List.of(new SlaReport.ServiceSla(EVIL, "ops", 1, 99.5, 200, 99.5, true, priorities,
						new MaintenanceTime(1, 3600, 20, 50.0, 180, 100.0, 3), 100.0)),
				null,
				List.of(new SlaReport.Breach("INC-000003", EVIL, "ops", "P3", "-1", "resolve",
						Instant.parse("2030-07-10T18:00:00Z"), null, 1922400.0)),
				List.of(new SlaReport.KindAvailability("HEARTBEAT", 30, 90.0)), null, true,
				List.of(new SlaReport.ServiceChanges(EVIL, "ops", 4, 1, 1, 25.0, 4.0)),
				List.of(new SlaReport.Waited("INC-000004", EVIL, "ops", "P2", "CDN", 2, 5400.0,
						List.of("THIRD_PARTY", "REPORTER"), List.of(EVIL), Instant.parse("2030-07-11T10:30:00Z"), null,
						false)));

		try (Workbook book = open(SlaReportWorkbook.of(report))) {
			assertThat(sheetNames(book)).containsExactly("Summary", "Uptime", "SLA compliance", "Breaches",
					"Check kinds", "Change failure", "Waiting");
			assertThat(book.getSheet("Check kinds").getRow(1).getCell(0).getStringCellValue()).isEqualTo("HEARTBEAT");
			Row changes = book.getSheet("Change failure").getRow(1);
			assertText(changes.getCell(0), "'" + EVIL);
			assertThat(changes.getCell(2).getNumericCellValue()).isEqualTo(4.0);
			assertThat(changes.getCell(5).getNumericCellValue()).as("failed / changes").isEqualTo(25.0);
			assertThat(book.getSheet("Check kinds").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(90.0);
			for (Sheet sheet : book) {
				assertFrozenBoldFilteredHeader(book, (XSSFSheet) sheet);
			}
			assertThat(book.getSheet("Summary").getRow(8).getCell(1).getStringCellValue()).isEqualTo("ops");
			Row uptime = book.getSheet("Uptime").getRow(1);
			assertText(uptime.getCell(0), "'" + EVIL);
			assertThat(uptime.getCell(3).getNumericCellValue()).isEqualTo(99.5);
			assertThat(uptime.getCell(6).getStringCellValue()).isEqualTo("yes");
			Sheet compliance = book.getSheet("SLA compliance");
			assertThat(compliance.getLastRowNum()).as("no totals in a team's view: one service, two priorities")
				.isEqualTo(2);
			assertThat(compliance.getRow(1).getCell(2).getStringCellValue()).isEqualTo("P1");
			assertThat(compliance.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(50.0);
			assertThat(compliance.getRow(2).getCell(5).getCellType()).isEqualTo(CellType.BLANK);
			Row breach = book.getSheet("Breaches").getRow(1);
			assertText(breach.getCell(4), "'-1");
			assertThat(breach.getCell(6).getLocalDateTimeCellValue())
				.isEqualTo(LocalDateTime.parse("2030-07-10T18:00"));
			assertThat(breach.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
			assertDuration(breach.getCell(8));
			assertThat(breach.getCell(8).getNumericCellValue()).isCloseTo(22.25, within(1e-12));
			Row waiting = book.getSheet("Waiting").getRow(1);
			assertThat(waiting.getCell(0).getStringCellValue()).isEqualTo("INC-000004");
			assertThat(waiting.getCell(5).getNumericCellValue()).isEqualTo(2.0);
			assertDuration(waiting.getCell(6));
			assertThat(waiting.getCell(6).getNumericCellValue()).as("an hour and a half")
				.isCloseTo(1.5 / 24, within(1e-12));
			assertThat(waiting.getCell(7).getStringCellValue()).isEqualTo("THIRD_PARTY, REPORTER");
			assertText(waiting.getCell(8), "'" + EVIL);
			assertThat(waiting.getCell(9).getLocalDateTimeCellValue())
				.isEqualTo(LocalDateTime.parse("2030-07-11T10:30"));
			assertThat(waiting.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(formulas(book)).isEmpty();
		}
	}

	@Test
	void onlyRiskyFirstCharactersAreNeutralised() {
		assertThat(CellText.safe("=1+1")).isEqualTo("'=1+1");
		assertThat(CellText.safe("checkout = down")).isEqualTo("checkout = down");
		assertThat(CellText.safe("")).isEmpty();
		assertThat(CellText.safe(null)).isNull();
	}

	static DailyReport daily() {
		EvaluationFigures figures = new EvaluationFigures(COUNT, MTTA, MTTA, COUNT, COUNT, COUNT);
		return new DailyReport(LocalDate.parse("2030-06-15"), "Europe/Berlin", Instant.parse("2030-06-14T22:00:00Z"),
				Instant.parse("2030-06-15T22:00:00Z"), Instant.parse("2030-06-16T06:00:00Z"), "scheduler", null,
				new Monitoring(List.of(
						new ServiceMonitoring(EVIL, "ops", 1, 4, 75.0, 250.0, 400, 0.25, 4, 200, 600L,
								new MaintenanceTime(1, 1800, 2, 50.0, 2, 100.0, 5)),
						new ServiceMonitoring("quiet", "ops", 3, 0, null, null, null, null, 0, null, null, null))),
				new Evaluation(figures,
						List.of(new ServiceEvaluation("quiet", "ops", figures),
								new ServiceEvaluation(EVIL, "ops", figures)),
						null),
				new Learning(
						List.of(new RecurringProblem(EVIL, "ops", "\tDisk full", 2,
								List.of("INC-000007", "INC-000008"))),
						List.of(new CompletedRca("INC-000001", EVIL, "ops", "+cmd|' /C calc'!A0",
								Instant.parse("2030-06-15T09:00:00Z"), "otto", "CAPACITY", "-2+3")),
						List.of(new ActionItem("INC-000001", EVIL, "ops", Instant.parse("2030-06-15T09:00:00Z"),
								"@SUM(A1:A2)")),
						List.of(new OverdueIncident("INC-000003", EVIL, "ops", "\rQueue stuck", "P1",
								Instant.parse("2030-06-14T22:00:00Z"), Instant.parse("2030-06-15T02:00:00Z"), 79200))));
	}

	static Workbook open(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	static List<String> sheetNames(Workbook book) {
		List<String> names = new ArrayList<>();
		book.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
		return headers;
	}

	/** Every cell holding a formula, as sheet!address. */
	static List<String> formulas(Workbook book) {
		List<String> formulas = new ArrayList<>();
		for (Sheet sheet : book) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						formulas.add(sheet.getSheetName() + "!" + cell.getAddress());
					}
				}
			}
		}
		return formulas;
	}

	static void assertFrozenBoldFilteredHeader(Workbook book, XSSFSheet sheet) {
		String name = sheet.getSheetName();
		assertThat(sheet.getPaneInformation()).as(name + " pane").isNotNull();
		assertThat(sheet.getPaneInformation().isFreezePane()).as(name + " frozen").isTrue();
		assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name + " frozen rows")
			.isEqualTo((short) 1);
		Row header = sheet.getRow(0);
		int columns = header.getLastCellNum();
		for (Cell cell : header) {
			assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
			assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as(name + " bold").isTrue();
			assertThat(sheet.getColumnWidth(cell.getColumnIndex())).as(name + " width").isGreaterThanOrEqualTo(6 * 256);
		}
		String lastColumn = String.valueOf((char) ('A' + columns - 1));
		assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name + " filter")
			.isEqualTo("A1:" + lastColumn + (sheet.getLastRowNum() + 1));
	}

	static void assertText(Cell cell, String expected) {
		assertThat(cell.getCellType()).as(cell.getAddress() + " is text").isEqualTo(CellType.STRING);
		assertThat(cell.getStringCellValue()).isEqualTo(expected);
	}

	static void assertDate(Cell cell) {
		assertThat(cell.getCellType()).as(cell.getAddress() + " is numeric").isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as(cell.getAddress() + " is date-formatted").isTrue();
	}

	static void assertDuration(Cell cell) {
		assertThat(cell.getCellType()).as(cell.getAddress() + " is numeric").isEqualTo(CellType.NUMERIC);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");
	}

}
