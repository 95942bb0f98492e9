/**
 * Who may sign in and what they may do. Depends on no other feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.firebreak.security;
