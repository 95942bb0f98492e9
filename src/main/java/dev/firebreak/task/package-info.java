/**
 * People working incidents: the task JSON API, queues, claiming, completing a task with
 * its stage's report (the incident feature's {@code StageReport}, read from the request
 * by the task's stage), and the responders' pages in {@code task.web} (a task, My work).
 * {@code VisibleIncidents} reads incidents as a person may see them
 * ({@code AccessRules}), with their open tasks and SLA clocks, for every feature that
 * shows incidents; the incident's own API and pages are in {@code incident.web}, which
 * uses this module and is never used by it. Other features add sections to these pages
 * through {@code web.PagePanel}, never the other way round. Talks to the engine only
 * through the workflow feature.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "workflow", "sla", "security", "admin", "web", "failure" })
package dev.firebreak.task;
