package dev.firebreak.report;

/**
 * A service's planned maintenance within a report's period, and its availability during
 * and outside it, reported apart: probe samples taken while a window was open say how the
 * service did under planned work, not how it kept its promise.
 *
 * @param windows maintenance windows that were open within the period
 * @param seconds time under maintenance within the period (overlapping windows once)
 * @param samples probe samples taken during maintenance
 * @param uptimePercent up samples during maintenance × 100 / samples; null without any
 * @param outsideSamples probe samples taken outside maintenance
 * @param outsideUptimePercent the same outside maintenance; null without any
 * @param suppressedAlerts alerts that maintenance windows kept from opening incidents
 */
public record MaintenanceTime(int windows, long seconds, long samples, Double uptimePercent, long outsideSamples,
		Double outsideUptimePercent, long suppressedAlerts) {

}
