/**
 * Follow-up actions: the preventive actions of an incident's root-cause analysis as
 * tracked items (title, owner, team, due date, external ticket, status). Overdue ones go
 * on the owner's My work and the managers' dashboard (through {@code web.PagePanel}) and
 * are escalated once to the team's managers through {@code notify}. The reports read them
 * through {@link dev.firebreak.followup.FollowUpQueries}; an RCA is complete only when
 * its required actions are done or accepted as risk
 * ({@link dev.firebreak.followup.RcaCompletion}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "task", "security", "notify", "cluster", "web", "failure" })
package dev.firebreak.followup;
