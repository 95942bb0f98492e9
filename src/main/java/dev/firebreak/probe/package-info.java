/**
 * Built-in HTTP probes for endpoints nobody monitors yet: their settings, the samples
 * every check leaves, and the availability figures computed from them. Probes raise and
 * resolve alerts through the intake feature, the same inbox and rules as external
 * senders, and run on one node of a cluster through the cluster lock.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "intake", "incident", "cluster", "admin", "security", "web", "failure" })
package dev.firebreak.probe;
