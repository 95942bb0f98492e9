/**
 * People working incidents: the incident and task JSON API, queues, claiming, one typed
 * form per stage, and the responders' pages in {@code task.web} (incidents, an incident,
 * a task, My work). Other features add sections to those pages through
 * {@code web.PagePanel}, never the other way round. Talks to the engine only through the
 * workflow feature.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "workflow", "sla", "security", "admin", "web", "failure" })
package dev.firebreak.task;
