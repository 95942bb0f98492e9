/**
 * Change tracking: change events that deploy pipelines and other tools report
 * (PagerDuty's change events at {@code /v2/change/enqueue}, and Firebreak's own
 * deployment JSON at {@code /api/v1/intake/deployments}), taken with intake's integration
 * keys and body rules, stored in {@code fb_change_event} before the sender hears 202. A
 * change is linked to incidents on read, by service and time: an incident shows the
 * changes to its service within {@code firebreak.changes.window} before its detection
 * ({@link IncidentChanges}, under task's {@code VisibleIncidents}), and
 * {@link ChangeQueries} gives the reports and the issue log the changes of a period and
 * each service's change failure rate.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "intake", "task", "security", "web", "failure" })
package dev.firebreak.change;
