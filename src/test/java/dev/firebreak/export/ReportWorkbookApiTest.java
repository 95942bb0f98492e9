package dev.firebreak.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Download;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Priority;
import dev.firebreak.report.ReportTestData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.firebreak.export.ReportWorkbookTest.assertDate;
import static dev.firebreak.export.ReportWorkbookTest.assertText;
import static dev.firebreak.export.ReportWorkbookTest.formulas;
import static dev.firebreak.export.ReportWorkbookTest.open;
import static dev.firebreak.export.ReportWorkbookTest.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks over HTTP on real data: a service and a title that look like formulas
 * come out as text, in a file a spreadsheet opens. Report day 2030-11-05, used by no
 * other test. The files are also left in target/ for a look by hand.
 */
@FirebreakTest
class ReportWorkbookApiTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	ReportTestData data;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = data.api();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void theDailyAndMonthlyWorkbooksOfRealData() throws IOException {
		String service = data.service("=HYPERLINK(\"http://evil.example\",\"x\")", 2, "ops");
		long incident = data.incident(service, Priority.P2)
			.title("=HYPERLINK(\"http://evil.example\",\"open me\")")
			.detected("2030-11-05T08:00:00Z")
			.acknowledged("2030-11-05T08:20:00Z")
			.resolved("2030-11-05T10:00:00Z")
			.due("2030-11-05T08:30:00Z", "2030-11-05T16:00:00Z")
			.insert();
		data.rca(incident, "2030-11-05T11:00:00Z", "rita", "-rm -rf the cache");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-12-01T09:00:00Z")));

		Download daily = api.download("rita", "/api/v1/reports/daily/2030-11-05.xlsx");
		assertThat(daily.status()).isEqualTo(200);
		assertThat(daily.contentType()).isEqualTo(XLSX);
		assertThat(daily.headers().getContentDisposition().getFilename())
			.isEqualTo("firebreak-daily-report-2030-11-05.xlsx");
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "daily-report-sample.xlsx"), daily.body());
		try (Workbook book = open(daily.body())) {
			assertThat(sheetNames(book)).contains("Summary", "Monitoring", "Evaluation", "RCAs completed");
			assertThat(book.getSheet("Summary").getRow(8).getCell(1).getStringCellValue()).isEqualTo("ops");
			Row rca = only(book.getSheet("RCAs completed"), "INC-" + String.format("%06d", incident));
			assertText(rca.getCell(1), "'" + service);
			assertText(rca.getCell(3), "'=HYPERLINK(\"http://evil.example\",\"open me\")");
			assertText(rca.getCell(7), "'-rm -rf the cache");
			assertDate(rca.getCell(4));
			assertThat(rca.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2030-11-05T11:00"));
			assertThat(formulas(book)).isEmpty();
		}

		Download monthly = api.download("mona", "/api/v1/reports/sla/2030-11.xlsx");
		assertThat(monthly.status()).isEqualTo(200);
		assertThat(monthly.contentType()).isEqualTo(XLSX);
		Files.write(Path.of("target", "sla-report-sample.xlsx"), monthly.body());
		try (Workbook book = open(monthly.body())) {
			assertThat(sheetNames(book)).containsExactly("Summary", "Uptime", "SLA compliance", "Breaches",
					"Check kinds", "Change failure", "Waiting");
			Row uptime = only(book.getSheet("Uptime"), "'" + service);
			assertThat(uptime.getCell(3).getNumericCellValue()).isEqualTo(99.9);
			assertThat(formulas(book)).isEmpty();
		}
	}

	/** The one row whose first cell reads {@code first}. */
	private static Row only(Sheet sheet, String first) {
		Row found = null;
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && first.equals(row.getCell(0).getStringCellValue())) {
				assertThat(found).as("one row " + first).isNull();
				found = row;
			}
		}
		assertThat(found).as("row " + first + " in " + sheet.getSheetName()).isNotNull();
		return found;
	}

}
