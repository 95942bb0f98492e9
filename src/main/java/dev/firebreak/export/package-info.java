/**
 * Excel workbooks, written with Apache POI's streaming workbook: the reports' workbooks
 * (helpers {@code Workbooks}, {@code SheetWriter}, and {@code CellText} for text), and
 * the auditors' issue-log export (streamed from the incident, timeline and task tables
 * page by page, with its own {@code IssueLogSheetWriter} and {@code CellText}), export
 * jobs that run in the background, and the verification of the hash chains the workbooks
 * carry. Reads the incident tables as a read model; uses the signed-in {@code Actor} from
 * security. Mails the scheduled reports to their subscribers through notify's outbox
 * ({@code ReportMailing}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "report", "incident", "sla", "security",
		"notify", "cluster", "task", "admin", "audit", "web" })
package dev.firebreak.export;
