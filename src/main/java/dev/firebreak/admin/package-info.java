/**
 * Administration that spans features: the service catalogue (owned by incident) checked
 * against teams (owned by security) and audited (the audit log, owned by audit).
 * Integrations, probes and SLA policies will be managed here too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "security", "audit" })
package dev.firebreak.admin;
