package dev.firebreak.export;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Download;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The issue-log workbook opened with POI: every sheet's headers, real date and duration
 * cells, values for incidents built here on a service of their own at fixed times,
 * formula neutralisation, the About sheet, and the audit entry of the export.
 */
@FirebreakTest
class IssueLogWorkbookTest {

	static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

	static final List<String> TITLES = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2", "@SUM(A1)",
			"\tx");

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	IncidentService incidents;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = TestServices.fresh(catalogue, "issue-log", 1, "ops");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theWorkbookHoldsEverySheetWithTypedCellsNeutralisedTextAndTheChainHead() throws Exception {
		String worked = workedThroughTheRoute();
		List<String> open = new ArrayList<>();
		for (String title : TITLES.subList(1, TITLES.size())) {
			at(T0.plusSeconds(60));
			open.add(report(title));
		}
		// a timer that fired: the SLA_BREACHED entry is what the acknowledge timer writes
		at(T0.plus(Duration.ofMinutes(20)));
		incidents.recordSlaBreach(Incident.idOf(open.get(0)), "acknowledge", null, "firebreak");
		// a wait that still lasts at the export, and a follow-up action of the worked one
		at(T0.plus(Duration.ofMinutes(30)));
		Response paused = api.post("rita", "/api/v1/incidents/" + open.get(1) + "/waiting",
				Map.of("reason", "THIRD_PARTY", "note", "=vendor ticket 4711"));
		assertThat(paused.status()).as(paused.body().toString()).isEqualTo(201);
		Response followUp = api.post("mona", "/api/v1/incidents/" + worked + "/follow-ups",
				Map.of("title", "Autoscale the pool", "owner", "rita", "dueDate", "2026-03-02", "ticketUrl",
						"https://tickets.example/OPS-1"));
		assertThat(followUp.status()).as(followUp.body().toString()).isEqualTo(201);
		at(T0.plus(Duration.ofHours(7)));

		Download download = api.download("audra", "/api/v1/exports/issue-log.xlsx?service=" + service);

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.headers().getContentType()).hasToString(Workbooks.CONTENT_TYPE);
		// kept for a look by hand, and for the LibreOffice check in docs/api.md
		java.nio.file.Files.write(java.nio.file.Path.of("target", "issue-log-sample.xlsx"), download.body());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			assertThat(sheetNames(workbook)).containsExactly("Incidents", "Timeline", "Tasks", "SLA breaches",
					"SLA pauses", "Decisions", "Notifications", "User feedback", "Follow-ups", "Suppressed alerts",
					"Maintenance windows", "Changes", "About");
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				assertHeaderRow(workbook.getSheetAt(i));
			}
			assertIncidents(workbook.getSheet("Incidents"), worked, open);
			assertTimeline(workbook.getSheet("Timeline"), worked);
			assertTasks(workbook.getSheet("Tasks"), worked);
			assertBreaches(workbook.getSheet("SLA breaches"), worked, open.get(0));
			assertDecisions(workbook.getSheet("Decisions"), worked);
			assertPauses(workbook.getSheet("SLA pauses"), open.get(1));
			assertFollowUps(workbook.getSheet("Follow-ups"), worked);
			Map<String, Cell> about = about(workbook.getSheet("About"));
			assertAbout(about, workbook);
			assertTheVerifyEndpointRecomputesTheChainHead(about);
		}
		assertTheExportIsAudited(download);
	}

	@Test
	void badFiltersAreRefusedNamingTheField() {
		Response emptyRange = api.get("audra",
				"/api/v1/exports/issue-log.xlsx?from=2026-03-02T10:00:00Z&to=2026-03-02T09:00:00Z");
		assertThat(emptyRange.status()).isEqualTo(400);
		assertThat(emptyRange.contentType()).isEqualTo("application/problem+json");
		assertThat(emptyRange.body().at("/errors/0/field").asText()).isEqualTo("to");

		Response unknownService = api.get("audra", "/api/v1/exports/issue-log.xlsx?service=no-such-service");
		assertThat(unknownService.status()).isEqualTo(400);
		assertThat(unknownService.body().at("/errors/0/field").asText()).isEqualTo("service");

		Response badPriority = api.get("audra", "/api/v1/exports/issue-log.xlsx?priority=P9");
		assertThat(badPriority.status()).isEqualTo(400);
		assertThat(badPriority.body().at("/errors/0/field").asText()).isEqualTo("priority");

		Response badTime = api.get("audra", "/api/v1/exports/issue-log.xlsx?from=yesterday");
		assertThat(badTime.status()).isEqualTo(400);
		assertThat(badTime.body().at("/errors/0/field").asText()).isEqualTo("from");

		Response badBody = api.post("audra", "/api/v1/exports", Map.of("status", "SLEEPING"));
		assertThat(badBody.status()).isEqualTo(400);
		assertThat(badBody.body().at("/errors/0/field").asText()).isEqualTo("status");
	}

	/**
	 * CRITICAL on a tier-1 service: P1, acknowledge within 15 minutes, resolve within 4
	 * hours. Acknowledged after 10 minutes, resolved after 5 hours (late), closed after
	 * 6.
	 */
	private String workedThroughTheRoute() {
		at(T0);
		String number = report(TITLES.get(0));
		at(T0.plus(Duration.ofMinutes(10)));
		String diagnose = claim("rita", taskOf(number, "DIAGNOSIS"));
		complete("rita", diagnose, Map.of("outcome", "NEEDS_FIX", "findings", "Pool exhausted"));
		at(T0.plus(Duration.ofMinutes(30)));
		String hotfix = claim("ravi", taskOf(number, "HOTFIX"));
		complete("ravi", hotfix, Map.of("changeDescription", "Raise pool size", "reference", "PR-7", "deployedAt",
				"2026-03-02T09:30:00Z", "rollbackPlan", "Revert PR-7", "testedInStaging", true));
		at(T0.plus(Duration.ofHours(5)));
		String verify = claim("rita", taskOf(number, "VERIFICATION"));
		complete("rita", verify, Map.of("checksRun", "smoke", "passed", true, "evidence", "200 OK"));
		at(T0.plus(Duration.ofHours(6)));
		String rca = claim("rita", taskOf(number, "ROOT_CAUSE_ANALYSIS"));
		complete("rita", rca,
				Map.of("rootCauseCategory", "CAPACITY", "fiveWhys", List.of("pool too small", "traffic doubled"),
						"contributingFactors", "None", "preventiveActions", "Autoscale"));
		assertThat(incident(number).get("status").asText()).isEqualTo("CLOSED");
		return number;
	}

	private void assertIncidents(XSSFSheet sheet, String worked, List<String> open) {
		assertThat(headers(sheet)).containsExactly("Number", "Title", "Service", "Team", "Severity", "Impact",
				"Priority", "Status", "Stage", "Resolution", "Detected", "First paged", "Acknowledged", "Mitigated",
				"Resolved", "Closed", "Time to acknowledge", "Time to resolve", "Acknowledge due", "Acknowledge SLA",
				"Resolve due", "Resolve SLA", "Escalation level", "Occurrences", "Diagnosis by", "Hotfix by",
				"Verification by", "Root cause analysis by", "Hotfix reference", "Root cause summary", "Recurrence of",
				"Duplicate of", "Timeline head entry", "Timeline head hash");
		assertThat(sheet.getLastRowNum()).isEqualTo(1 + open.size());
		Map<String, Cell> row = row(sheet, worked);
		assertThat(row.get("Service").getStringCellValue()).isEqualTo(service);
		assertThat(row.get("Priority").getStringCellValue()).isEqualTo("P1");
		assertThat(row.get("Status").getStringCellValue()).isEqualTo("CLOSED");
		assertThat(row.get("Resolution").getStringCellValue()).isEqualTo("FIXED_BY_HOTFIX");
		assertDate(row.get("Detected"), T0);
		assertDate(row.get("Acknowledged"), T0.plus(Duration.ofMinutes(10)));
		assertDate(row.get("Mitigated"), T0.plus(Duration.ofMinutes(30)));
		assertDate(row.get("Resolved"), T0.plus(Duration.ofHours(5)));
		assertDate(row.get("Closed"), T0.plus(Duration.ofHours(6)));
		assertDuration(row.get("Time to acknowledge"), Duration.ofMinutes(10));
		assertDuration(row.get("Time to resolve"), Duration.ofHours(5));
		assertDate(row.get("Acknowledge due"), T0.plus(Duration.ofMinutes(15)));
		assertThat(row.get("Acknowledge SLA").getStringCellValue()).isEqualTo("met");
		assertDate(row.get("Resolve due"), T0.plus(Duration.ofHours(4)));
		assertThat(row.get("Resolve SLA").getStringCellValue()).isEqualTo("breached");
		assertThat(row.get("Escalation level").getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(row.get("Occurrences").getNumericCellValue()).isEqualTo(1);
		assertThat(row.get("Diagnosis by").getStringCellValue()).isEqualTo("rita");
		assertThat(row.get("Hotfix by").getStringCellValue()).isEqualTo("ravi");
		assertThat(row.get("Verification by").getStringCellValue()).isEqualTo("rita");
		assertThat(row.get("Root cause analysis by").getStringCellValue()).isEqualTo("rita");
		assertThat(row.get("Hotfix reference").getStringCellValue()).isEqualTo("PR-7");
		assertThat(row.get("Root cause summary").getStringCellValue())
			.isEqualTo("CAPACITY: pool too small → traffic doubled");
		assertThat(row.get("Timeline head hash").getStringCellValue()).matches("[0-9a-f]{64}");

		// every title that a spreadsheet would run as a formula comes out as quoted text
		List<String> numbers = new ArrayList<>(List.of(worked));
		numbers.addAll(open);
		for (int i = 0; i < TITLES.size(); i++) {
			Cell title = row(sheet, numbers.get(i)).get("Title");
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			assertThat(title.getStringCellValue()).isEqualTo("'" + TITLES.get(i));
		}
		Map<String, Cell> overdue = row(sheet, open.get(0));
		assertThat(overdue.get("Acknowledge SLA").getStringCellValue()).isEqualTo("overdue");
		assertThat(overdue.get("Acknowledged")).isNull();
	}

	private void assertTimeline(XSSFSheet sheet, String worked) {
		assertThat(headers(sheet)).containsExactly("Time", "Incident", "Entry", "Actor", "Type", "Details", "Hash");
		List<Row> rows = rowsOf(sheet, worked);
		JsonNode timeline = incident(worked).get("timeline");
		assertThat(rows).hasSize(timeline.size());
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			assertDate(row.getCell(0), Instant.parse(timeline.get(i).get("at").asText()));
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo(timeline.get(i).get("actor").asText());
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo(timeline.get(i).get("type").asText());
			assertThat(row.getCell(6).getStringCellValue()).matches("[0-9a-f]{64}");
		}
		Row reported = rows.get(0);
		assertThat(reported.getCell(4).getStringCellValue()).isEqualTo("REPORTED");
		assertThat(reported.getCell(3).getStringCellValue()).isEqualTo("rita");
		assertThat(reported.getCell(5).getStringCellValue()).contains("\"service\":\"" + service + "\"");
	}

	private void assertTasks(XSSFSheet sheet, String worked) {
		assertThat(headers(sheet)).containsExactly("Incident", "Stage", "Team", "Created", "Claimed by", "Claimed at",
				"Completed by", "Completed at", "Cancelled at", "Outcome", "Duration");
		List<Row> rows = rowsOf(sheet, worked);
		assertThat(rows).extracting(row -> row.getCell(1).getStringCellValue())
			.containsExactly("DIAGNOSIS", "HOTFIX", "VERIFICATION", "ROOT_CAUSE_ANALYSIS");
		Row hotfix = rows.get(1);
		assertThat(hotfix.getCell(4).getStringCellValue()).isEqualTo("ravi");
		assertThat(hotfix.getCell(6).getStringCellValue()).isEqualTo("ravi");
		// created when the diagnosis completed (T0+10m), completed at T0+30m
		assertDate(hotfix.getCell(3), T0.plus(Duration.ofMinutes(10)));
		assertDate(hotfix.getCell(7), T0.plus(Duration.ofMinutes(30)));
		assertDuration(hotfix.getCell(10), Duration.ofMinutes(20));
	}

	private void assertBreaches(XSSFSheet sheet, String worked, String timerFired) {
		assertThat(headers(sheet)).containsExactly("Incident", "Clock", "Due", "Stopped at", "Late by",
				"Timer recorded at", "State");
		List<Row> late = rowsOf(sheet, worked);
		assertThat(late).hasSize(1);
		assertThat(late.get(0).getCell(1).getStringCellValue()).isEqualTo("resolve");
		assertDate(late.get(0).getCell(2), T0.plus(Duration.ofHours(4)));
		assertDate(late.get(0).getCell(3), T0.plus(Duration.ofHours(5)));
		assertDuration(late.get(0).getCell(4), Duration.ofHours(1));
		assertThat(late.get(0).getCell(5)).isNull();
		assertThat(late.get(0).getCell(6).getStringCellValue()).isEqualTo("breached");

		List<Row> overdue = rowsOf(sheet, timerFired);
		assertThat(overdue).extracting(row -> row.getCell(1).getStringCellValue())
			.containsExactly("acknowledge", "resolve");
		Row acknowledge = overdue.get(0);
		// still running at the export (T0+7h), due at T0+1m+15m
		assertDuration(acknowledge.getCell(4), Duration.ofHours(7).minus(Duration.ofMinutes(16)));
		assertDate(acknowledge.getCell(5), T0.plus(Duration.ofMinutes(20)));
		assertThat(acknowledge.getCell(6).getStringCellValue()).isEqualTo("overdue, still running");
	}

	private void assertDecisions(XSSFSheet sheet, String worked) {
		assertThat(headers(sheet)).containsExactly("Time", "Incident", "Actor", "Decision", "Version", "Severity",
				"Service tier", "Impact", "Other inputs", "Priority", "Acknowledge within", "Resolve within",
				"RCA required", "Acknowledge due", "Resolve due");
		List<Row> rows = rowsOf(sheet, worked);
		assertThat(rows).hasSize(1);
		Row decision = rows.get(0);
		assertDate(decision.getCell(0), T0);
		assertThat(decision.getCell(2).getStringCellValue()).isEqualTo("firebreak");
		assertThat(decision.getCell(3).getStringCellValue()).isEqualTo("incident-priority");
		assertThat(decision.getCell(5).getStringCellValue()).isEqualTo("CRITICAL");
		assertThat(decision.getCell(6).getNumericCellValue()).isEqualTo(1);
		assertThat(decision.getCell(7).getStringCellValue()).isEqualTo("HIGH");
		assertThat(decision.getCell(9).getStringCellValue()).isEqualTo("P1");
		assertDuration(decision.getCell(10), Duration.ofMinutes(15));
		assertDuration(decision.getCell(11), Duration.ofHours(4));
		assertThat(decision.getCell(12).getStringCellValue()).isEqualTo("true");
		assertDate(decision.getCell(13), T0.plus(Duration.ofMinutes(15)));
		assertDate(decision.getCell(14), T0.plus(Duration.ofHours(4)));
	}

	private void assertPauses(XSSFSheet sheet, String waiting) {
		assertThat(headers(sheet)).containsExactly("Incident", "Service", "Kind", "Reason", "Note", "From", "Until",
				"Length", "Started by", "Ended by");
		assertThat(sheet.getLastRowNum()).as("one wait in this export").isEqualTo(1);
		Map<String, Cell> row = row(sheet, waiting);
		assertThat(row.get("Service").getStringCellValue()).isEqualTo(service);
		assertThat(row.get("Kind").getStringCellValue()).isEqualTo("waiting");
		assertThat(row.get("Reason").getStringCellValue()).isEqualTo("THIRD_PARTY");
		assertThat(row.get("Note").getStringCellValue()).as("neutralised").isEqualTo("'=vendor ticket 4711");
		assertDate(row.get("From"), T0.plus(Duration.ofMinutes(30)));
		assertThat(row.get("Until")).as("still waiting").isNull();
		assertDuration(row.get("Length"), Duration.ofMinutes(390));
		assertThat(row.get("Started by").getStringCellValue()).isEqualTo("rita");
	}

	private void assertFollowUps(XSSFSheet sheet, String worked) {
		assertThat(headers(sheet)).containsExactly("Incident", "Title", "Owner", "Team", "Due", "Status", "Required",
				"Overdue", "Ticket", "Risk accepted because", "Created", "Created by", "Settled", "Settled by",
				"Escalated");
		assertThat(sheet.getLastRowNum()).isEqualTo(1);
		Map<String, Cell> row = row(sheet, worked);
		assertThat(row.get("Title").getStringCellValue()).isEqualTo("Autoscale the pool");
		assertThat(row.get("Owner").getStringCellValue()).isEqualTo("rita");
		assertThat(row.get("Team").getStringCellValue()).isEqualTo("ops");
		assertThat(DateUtil.isCellDateFormatted(row.get("Due"))).isTrue();
		assertThat(row.get("Due").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(row.get("Status").getStringCellValue()).isEqualTo("OPEN");
		assertThat(row.get("Overdue").getStringCellValue()).isEqualTo("no");
		assertThat(row.get("Ticket").getStringCellValue()).isEqualTo("https://tickets.example/OPS-1");
		assertDate(row.get("Created"), T0.plus(Duration.ofMinutes(30)));
		assertThat(row.get("Created by").getStringCellValue()).isEqualTo("mona");
		assertThat(row.get("Settled")).isNull();
	}

	private void assertAbout(Map<String, Cell> about, XSSFWorkbook workbook) {
		assertThat(about.get("Exported by").getStringCellValue()).isEqualTo("audra");
		assertDate(about.get("Exported at"), T0.plus(Duration.ofHours(7)));
		assertThat(about.get("Time zone").getStringCellValue()).startsWith("UTC");
		assertThat(about.get("Filter: service").getStringCellValue()).isEqualTo(service);
		assertThat(about.get("Filter: from").getStringCellValue()).isEqualTo("(any)");
		for (String sheet : List.of("Incidents", "Timeline", "Tasks", "SLA breaches", "Decisions", "Notifications",
				"User feedback")) {
			assertThat(about.get("Rows: " + sheet).getNumericCellValue()).as(sheet)
				.isEqualTo(workbook.getSheet(sheet).getLastRowNum());
		}
		assertThat(about.get("Rows: Incidents").getNumericCellValue()).isEqualTo(TITLES.size());
		assertThat(about.get("Timeline heads incidents").getNumericCellValue()).isEqualTo(TITLES.size());
		assertThat(about.get("Chain head").getStringCellValue()).matches("[0-9a-f]{64}");
		assertThat(about.get("Audit chain head hash").getStringCellValue()).matches("[0-9a-f]{64}");
		assertThat(about.get("Formula neutralisation").getStringCellValue()).contains("single quote");
	}

	private void assertTheVerifyEndpointRecomputesTheChainHead(Map<String, Cell> about) {
		long timelineAsOf = (long) about.get("Timeline as of entry").getNumericCellValue();
		long auditAsOf = (long) about.get("Audit chain head entry").getNumericCellValue();
		Response verified = api.get("audra", "/api/v1/audit/verify?service=" + service + "&timelineAsOf=" + timelineAsOf
				+ "&auditAsOf=" + auditAsOf);
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.body().get("ok").asBoolean()).as(verified.body().toString()).isTrue();
		assertThat(verified.body().at("/export/chainHead").asText())
			.isEqualTo(about.get("Chain head").getStringCellValue());
		assertThat(verified.body().at("/export/timelineDigest").asText())
			.isEqualTo(about.get("Timeline heads digest").getStringCellValue());

		// a later entry on an exported incident leaves the figure as of the export alone
		Response escalated = api.post("mona", "/api/v1/incidents/" + firstOpen(about) + "/escalate",
				Map.of("reason", "after the export"));
		assertThat(escalated.status()).isEqualTo(200);
		assertThat(api
			.get("audra",
					"/api/v1/audit/verify?service=" + service + "&timelineAsOf=" + timelineAsOf + "&auditAsOf="
							+ auditAsOf)
			.body()
			.at("/export/chainHead")
			.asText()).isEqualTo(about.get("Chain head").getStringCellValue());
	}

	private String firstOpen(Map<String, Cell> about) {
		return api.get("mona", "/api/v1/incidents?status=OPEN&service=" + service)
			.body()
			.at("/items/0/number")
			.asText();
	}

	private void assertTheExportIsAudited(Download download) throws Exception {
		JsonNode entry = api.get("audra", "/api/v1/audit?action=ISSUE_LOG_EXPORTED&actor=audra&size=1")
			.body()
			.at("/items/0");
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()));
		assertThat(entry.at("/details/sha256").asText()).isEqualTo(sha256);
		assertThat(download.headers().getFirst(WorkbookDownload.SHA256_HEADER)).isEqualTo(sha256);
		assertThat(entry.at("/details/filters/service").asText()).isEqualTo(service);
		assertThat(entry.at("/details/rows/Incidents").asInt()).isEqualTo(TITLES.size());
		assertThat(entry.at("/details/bytes").asLong()).isEqualTo(download.body().length);
	}

	// --- reading the workbook

	private static void assertHeaderRow(XSSFSheet sheet) {
		Row header = sheet.getRow(0);
		for (Cell cell : header) {
			assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle()).getFont().getBold())
				.as(sheet.getSheetName() + " header bold")
				.isTrue();
		}
		assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName() + " frozen").isTrue();
		assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
		assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(sheet.getSheetName() + " auto-filter")
			.startsWith("A1:");
		assertThat(sheet.getColumnWidth(0)).as("column width set").isGreaterThan(8 * 256);
	}

	private static void assertDate(Cell cell, Instant expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as("date format " + cell.getCellStyle().getDataFormatString())
			.isTrue();
		assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.ofInstant(expected, ZoneOffset.UTC));
	}

	private static void assertDuration(Cell cell, Duration expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("[hh]:mm:ss");
		assertThat(cell.getNumericCellValue()).isCloseTo(expected.toMillis() / 86_400_000d, within(1e-9));
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<String> headers(XSSFSheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
		return headers;
	}

	/** The Incidents row of an incident, by header; null for empty cells. */
	private static Map<String, Cell> row(XSSFSheet sheet, String number) {
		List<String> headers = headers(sheet);
		Row row = rowsOf(sheet, number).get(0);
		Map<String, Cell> cells = new LinkedHashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			cells.put(headers.get(i), row.getCell(i));
		}
		return cells;
	}

	/** The rows whose incident column (the first text column naming INC-…) is number. */
	private static List<Row> rowsOf(XSSFSheet sheet, String number) {
		int column = headers(sheet).indexOf(sheet.getSheetName().equals("Incidents") ? "Number" : "Incident");
		List<Row> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && number.equals(row.getCell(column).getStringCellValue())) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static Map<String, Cell> about(XSSFSheet sheet) {
		Map<String, Cell> items = new LinkedHashMap<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				items.put(row.getCell(0).getStringCellValue(), row.getCell(1));
			}
		}
		return items;
	}

	// --- driving incidents

	private static void at(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	private String report(String title) {
		Response reported = api.post("rita", "/api/v1/incidents",
				Map.of("title", title, "service", service, "severity", "CRITICAL", "impact", "HIGH"));
		assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
		return reported.body().get("number").asText();
	}

	private JsonNode incident(String number) {
		return api.get("mona", "/api/v1/incidents/" + number).body();
	}

	private String taskOf(String number, String stage) {
		JsonNode task = incident(number).at("/openTasks/0");
		assertThat(task.get("stage").asText()).isEqualTo(stage);
		return task.get("id").asText();
	}

	/**
	 * Claims the task, or takes it over when it came claimed to the incident's owner and
	 * that is someone else.
	 */
	private String claim(String user, String taskId) {
		int status = api.post(user, "/api/v1/tasks/" + taskId + "/claim", null).status();
		if (status == 409) {
			status = api.post(user, "/api/v1/tasks/" + taskId + "/take-over", null).status();
		}
		assertThat(status).isEqualTo(200);
		return taskId;
	}

	private void complete(String user, String taskId, Map<String, ?> form) {
		Response response = api.post(user, "/api/v1/tasks/" + taskId + "/complete", form);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
	}

}
