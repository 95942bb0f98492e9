/**
 * Incidents: the aggregate, its guarded state changes, the append-only timeline and the
 * service catalogue. The timeline is hash-chained with audit's one chain mechanism; no
 * other Firebreak feature is used, and never Camunda.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "failure" })
package dev.firebreak.incident;
