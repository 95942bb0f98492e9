/**
 * Postmortems: a page per incident generated from the record (summary, impact, key
 * moments, the priority decision, RCA, follow-up actions, SLA figures, notifications,
 * public updates), narrative sections people write, and a manager's approval. The
 * downloadable document is written in {@code export}, where POI lives (ADR 0015), from
 * {@link dev.firebreak.postmortem.Postmortem}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "task", "followup", "security", "web", "failure" })
package dev.firebreak.postmortem;
