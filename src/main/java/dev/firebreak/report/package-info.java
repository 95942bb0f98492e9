/**
 * The read side: the daily performance report (stored once per day), the monthly SLA
 * compliance report and trends. Reports are read models built from the owners' query
 * APIs, never from their tables: incidents and timelines through incident's
 * {@code IncidentQueries} and service catalogue, SLA clocks by sla's {@code SlaState}
 * (the rule the incident page shows), recurring problems through problem's
 * {@code ProblemQueries}, follow-up actions through followup's {@code FollowUpQueries},
 * availability through probe's {@code AvailabilityQuery}, user feedback through status's
 * {@code FeedbackQueries}, maintenance windows through suppression's
 * {@code MaintenanceQueries}, change failure rates through change's
 * {@code ChangeQueries}. The weekly and quarterly reviews add findings by fixed rules and
 * track improvement goals. Issues SQL only against its own tables: stored daily reports
 * and improvement goals. Who reads what is decided in
 * {@link dev.firebreak.report.ReportAudience}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "sla", "problem", "followup",
		"probe", "status", "suppression", "change", "audit", "cluster", "security", "task", "web", "failure" })
package dev.firebreak.report;
