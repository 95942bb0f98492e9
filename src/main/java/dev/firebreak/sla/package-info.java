/**
 * SLA clocks, computed from what the incident recorded; BPMN timers only nudge
 * escalation. Policies per priority come from the prioritisation decision for now.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident" })
package dev.firebreak.sla;
