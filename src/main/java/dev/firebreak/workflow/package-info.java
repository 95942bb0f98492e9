/**
 * The incident route on the embedded Camunda 7 engine: the only feature that imports
 * Camunda. Starting processes, correlating messages, delegates, listeners and the DMN
 * evaluation live here; everything else sees plain Firebreak types.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "sla", "failure" })
package dev.firebreak.workflow;
