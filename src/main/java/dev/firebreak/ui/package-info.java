/**
 * The audit-trail page, the last page still waiting to move into the feature that owns it
 * (see docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "incident", "security" })
package dev.firebreak.ui;
