/**
 * Paging: on-call schedules, escalation policies, people's contact methods and
 * notification rules, the notification outbox and its channels (email, chat webhooks,
 * signed webhooks), and signed action links. Incident events reach it through Spring
 * Modulith's event publication registry; see docs/notify.md and docs/adr/0009.
 * <p>
 * The sub-packages are the feature's inside; other features use only the types of this
 * package.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "security", "task", "cluster", "web", "failure" })
package dev.firebreak.notify;
