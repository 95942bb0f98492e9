/**
 * The incident's web side: the incident JSON API ({@code /api/v1/incidents}), the
 * incident pages (the list, an incident, reporting one, the managers' actions, the
 * route's diagram) with their templates under {@code templates/incident/}, and
 * {@link dev.firebreak.incident.web.IncidentWorkService}, through which people's actions
 * on an incident go: it checks who they are, changes the incident through the incident
 * service or the engine ({@code workflow.IncidentProcess}), and answers with the incident
 * as it stands, open tasks and SLA clocks included.
 * <p>
 * A nested application module, so that the core {@code incident} module stays free of
 * HTTP and the engine while its web side may use them. Nothing outside {@code incident}
 * may use a nested module, so the visibility-checked reads that other features need
 * ({@code task.VisibleIncidents}, answering {@code task.IncidentDetail} and
 * {@code IncidentSummary}) stay in {@code task}, beside the team rules and the open tasks
 * they carry. Dependencies point one way: this module → task, workflow, sla → incident.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "workflow", "task", "sla", "security", "admin", "web", "failure" })
package dev.firebreak.incident.web;
