/**
 * Who may sign in and what they may do. Sign-ins, refusals and changes to people, teams
 * and tokens are written to audit's audit log, under the signed-in person's name.
 * <p>
 * This package is what other features use: {@code Actor} (the signed-in person, with the
 * authorities every way of signing in grants), {@code Role}, {@code People},
 * {@code TeamDirectory} and {@code ActionDeniedException}; and
 * {@code AuditChainBackfill}, which the changelog names. How the feature refuses requests
 * as problem+json ({@code ProblemResponses}, {@code Problems},
 * {@code InvalidRequestException}) is public here for the sub-packages only. The
 * sub-packages are the feature's inside, and depend one way: {@code signin} on
 * {@code token} and {@code people}, {@code token} on {@code people}.
 * <ul>
 * <li>{@code signin}: the filter chains ({@code SecurityConfig}) and their settings,
 * password sign-in from the database, single sign-on and its group mapping, the sign-in
 * audit and lock-out, the cross-site request filter, the first-start admin, the API docs'
 * sign-in schemes, and the sign-in and home pages;</li>
 * <li>{@code token}: personal API tokens, their storage, their authentication on the API,
 * and {@code /api/v1/me} with its tokens;</li>
 * <li>{@code people}: users and teams as stored, their administration (services, JSON
 * API, pages and form objects), the password policy, ending the sessions of changed
 * people, and the seeders with the demo's people.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "web", "failure" })
package dev.firebreak.security;
