/**
 * The read side: the daily performance report (stored once per day), the monthly SLA
 * compliance report and trends. Reports are read models, so this feature reads the
 * incident, timeline and service tables directly in plain SQL (its repositories only);
 * availability comes through the probe feature's query. Who reads what is decided in
 * {@link dev.firebreak.report.ReportAudience}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "sla", "probe", "cluster", "security", "task", "web" })
package dev.firebreak.report;
