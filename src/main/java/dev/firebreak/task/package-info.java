/**
 * People working incidents: the incident and task JSON API, queues, claiming, completing
 * a task with its stage's report (the incident feature's {@code StageReport}, read from
 * the request by the task's stage), and the responders' pages in {@code task.web}
 * (incidents, an incident, a task, My work). Other features add sections to those pages
 * through {@code web.PagePanel}, never the other way round. Talks to the engine only
 * through the workflow feature.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "workflow", "sla", "security", "admin", "web", "failure" })
package dev.firebreak.task;
