/**
 * Who may sign in and what they may do. Sign-ins, refusals and changes to people, teams
 * and tokens are written to audit's audit log, under the signed-in person's name; no
 * other feature is used.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit" })
package dev.firebreak.security;
