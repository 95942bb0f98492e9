/**
 * The web UI: server-rendered pages for responders, managers, auditors and admins.
 * Controllers are thin: every rule (team access, claim ownership, manager-only actions)
 * is the one the JSON API goes through, in the services of the features below.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "task", "incident", "security", "admin",
		"intake", "probe", "sla", "report", "export", "notify", "notify :: incident-paging" })
package dev.firebreak.ui;
