/**
 * Incidents: the aggregate, its guarded state changes, the append-only timeline and the
 * service catalogue. The timeline is hash-chained with audit's one chain mechanism; no
 * other Firebreak feature is used, and never Camunda or HTTP. Its web side, the API and
 * pages that need the engine, the open tasks and the SLA clocks, is the nested module
 * {@code incident.web}, which depends on this package and never the other way round.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "failure" })
package dev.firebreak.incident;
