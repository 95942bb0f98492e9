/**
 * SLA policies per service, tier and priority, working-hours calendars and pauses, and
 * the clocks computed from them and what the incident recorded ({@code SlaClocks}); one
 * deadline as pages show it ({@code SlaClock}). BPMN timers only nudge escalation:
 * {@code SlaTermsChanged} tells the route when due times move.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "suppression", "security", "audit", "web", "failure" })
package dev.firebreak.sla;
