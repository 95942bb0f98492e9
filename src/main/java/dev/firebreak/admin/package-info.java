/**
 * Administration that spans features: the service catalogue (owned by incident) checked
 * against teams and audited (owned by security), with its pages in {@code admin.web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "security", "web" })
package dev.firebreak.admin;
