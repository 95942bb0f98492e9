/**
 * Who may sign in and what they may do: people, teams, roles, API tokens, sign-in and the
 * security filter chains, with the sign-in page and the people and team administration
 * pages in {@code security.web}. Uses only the shared page plumbing of {@code web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "web" })
package dev.firebreak.security;
