/**
 * Excel workbooks, written with Apache POI's streaming workbook: the reports' workbooks
 * (helpers {@code Workbooks}, {@code SheetWriter}, and {@code CellText} for text), and
 * the auditors' issue-log export (streamed page by page from incident's
 * {@code IncidentQueries}, task's {@code WorkTaskQueries} and status's survey answers
 * ({@code FeedbackQueries}), and suppression's suppressed alerts and maintenance windows
 * ({@code MaintenanceQueries}), followup's actions ({@code FollowUpQueries}), sla's
 * pauses ({@code SlaClocks}) and change's changes ({@code ChangeQueries}), with its own
 * {@code IssueLogSheetWriter}), export jobs that run in the background, and the
 * verification of the hash chains the workbooks carry. Issues SQL only against its own
 * tables (export jobs, report subscriptions and mailings); uses the signed-in
 * {@code Actor} from security. Mails the scheduled reports to their subscribers through
 * notify's outbox ({@code ReportMailing}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "report", "incident", "task", "sla", "status", "suppression", "followup", "change",
				"postmortem", "security", "notify", "cluster", "admin", "audit", "web", "failure" })
package dev.firebreak.export;
