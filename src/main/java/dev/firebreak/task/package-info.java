/**
 * People working incidents: the incident and task JSON API, queues, claiming, and one
 * typed form per stage. Talks to the engine only through the workflow feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "workflow", "sla", "security" })
package dev.firebreak.task;
