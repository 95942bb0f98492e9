/**
 * The public status page: components (services grouped as an admin chooses), each with a
 * state derived from the open incidents and maintenance of its services, the public
 * updates people published, scheduled maintenance, 90-day availability bars, Atom and RSS
 * feeds and a JSON summary, for anyone without signing in. It reads incidents only
 * through {@link dev.firebreak.incident.PublicUpdates} and records that carry no people,
 * teams, notes or labels, and writes none of it. Inside Firebreak, the survey's answers
 * are read through {@link dev.firebreak.status.FeedbackQueries} (reports, issue log) and
 * {@link dev.firebreak.status.IncidentFeedback} (the incident page and API, under task's
 * {@code VisibleIncidents} rule).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "suppression", "probe", "notify", "task", "security", "web", "failure" })
package dev.firebreak.status;
