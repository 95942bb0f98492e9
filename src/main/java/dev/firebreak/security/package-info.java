/**
 * Who may sign in and what they may do. Its audit log is hash-chained with audit's one
 * chain mechanism; no other feature is used.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit" })
package dev.firebreak.security;
