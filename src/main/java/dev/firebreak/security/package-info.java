/**
 * Who may sign in and what they may do: people, teams, roles, API tokens, sign-in and the
 * security filter chains, with the sign-in page and the people and team administration
 * pages in {@code security.web}. Sign-ins, refusals and changes to people, teams and
 * tokens are written to audit's audit log, under the signed-in person's name.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "web", "failure" })
package dev.firebreak.security;
