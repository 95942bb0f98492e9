package dev.firebreak.report.web;

import java.util.List;

import dev.firebreak.report.MaintenanceTime;
import dev.firebreak.web.Formats;

/**
 * A service's maintenance in a report's period, as the report pages show it: only
 * services that had a window open or alerts suppressed by one.
 */
record MaintenanceRow(String service, String team, int windows, String duration, String uptimeDuring,
		String uptimeOutside, long suppressedAlerts) {

	/** A service's row of a report. */
	record Of(String service, String team, MaintenanceTime maintenance) {
	}

	static List<MaintenanceRow> of(List<Of> services) {
		return services.stream()
			.filter(s -> s.maintenance() != null
					&& (s.maintenance().windows() > 0 || s.maintenance().suppressedAlerts() > 0))
			.map(s -> new MaintenanceRow(s.service(), s.team(), s.maintenance().windows(),
					s.maintenance().seconds() == 0 ? "none" : Formats.fromSeconds((double) s.maintenance().seconds()),
					FigureRow.precisePercent(s.maintenance().uptimePercent()),
					FigureRow.precisePercent(s.maintenance().outsideUptimePercent()),
					s.maintenance().suppressedAlerts()))
			.toList();
	}

}
