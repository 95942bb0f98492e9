/**
 * Administration that spans features: the service catalogue (owned by incident) checked
 * against teams (owned by security) and audited (the audit log, owned by audit), with its
 * pages in {@code admin.web}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "incident", "security", "audit", "web", "failure" })
package dev.firebreak.admin;
