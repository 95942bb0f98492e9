/**
 * Administration that spans features: the service catalogue (owned by incident) checked
 * against teams and audited (owned by security). Integrations, probes and SLA policies
 * will be managed here too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "security" })
package dev.firebreak.admin;
