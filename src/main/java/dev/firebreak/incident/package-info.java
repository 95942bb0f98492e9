/**
 * Incidents: the aggregate, its guarded state changes, the append-only timeline and the
 * service catalogue. Depends on no other Firebreak feature, and never on Camunda.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.firebreak.incident;
