/**
 * Cross-cutting web concerns: the API error format. The pages' layout and error pages
 * live with the web UI (ui). Depends on no other feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.firebreak.web;
