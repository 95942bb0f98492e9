/**
 * Cross-cutting web concerns: API error format (and, later, layout and error pages).
 * Depends on no other feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.firebreak.web;
