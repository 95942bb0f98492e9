package dev.firebreak.incident;

/** A manual report: what a person saw. */
public record NewIncident(String title, String description, String service, Severity severity, Impact impact) {
}
