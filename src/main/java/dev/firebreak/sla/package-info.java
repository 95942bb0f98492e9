/**
 * SLA clocks, computed from what the incident recorded, and one deadline as pages show it
 * ({@code SlaClock}); BPMN timers only nudge escalation. Policies per priority come from
 * the prioritisation decision for now.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "web" })
package dev.firebreak.sla;
