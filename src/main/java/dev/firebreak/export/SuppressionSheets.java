package dev.firebreak.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.suppression.MaintenanceWindow;
import dev.firebreak.suppression.SuppressedAlert;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What was kept quiet: every alert a silence or maintenance window stopped from opening
 * an incident (stored, counted, never paged), and the maintenance windows themselves, so
 * that an auditor sees what was suppressed and why. Read from suppression's
 * {@code MaintenanceQueries}, within the issue log's time range, service and team; its
 * priority and status filters are about incidents and do not apply.
 */
final class SuppressionSheets {

	static final String ALERTS = "Suppressed alerts";

	static final String WINDOWS = "Maintenance windows";

	static final List<Column> ALERT_COLUMNS = List.of(new Column("Received at", 20), new Column("Alert", 10),
			new Column("Service", 16), new Column("Title", 40), new Column("Source", 14),
			new Column("Suppressed by", 14), new Column("Silence", 9), new Column("Maintenance window", 19),
			new Column("Labels", 50));

	static final List<Column> WINDOW_COLUMNS = List.of(new Column("Window", 10), new Column("Service", 16),
			new Column("Starts at", 20), new Column("Ends at", 20), new Column("Description", 50),
			new Column("Suppresses alerts", 18), new Column("Alerts suppressed", 17), new Column("Created by", 14),
			new Column("Created at", 20), new Column("Changed by", 14), new Column("Changed at", 20),
			new Column("Cancelled by", 14), new Column("Cancelled at", 20));

	/** Suppressed alerts per query. */
	static final int PAGE = 1_000;

	private final IssueLogSheetWriter alerts;

	private final IssueLogSheetWriter windows;

	SuppressionSheets(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.alerts = new IssueLogSheetWriter(workbook, styles, ALERTS, ALERT_COLUMNS);
		this.windows = new IssueLogSheetWriter(workbook, styles, WINDOWS, WINDOW_COLUMNS);
	}

	/**
	 * @param services the services the issue log covers, or null for all
	 */
	void write(IssueLogReader reader, ExportFilters filters, Set<String> services) {
		long after = 0;
		for (List<SuppressedAlert> page = reader.suppressedAlerts(filters, after, PAGE); !page.isEmpty(); page = reader
			.suppressedAlerts(filters, after, PAGE)) {
			for (SuppressedAlert alert : page) {
				if (services == null || services.contains(alert.service())) {
					alert(alert);
				}
			}
			after = page.get(page.size() - 1).alertId();
		}
		for (MaintenanceWindow window : reader.maintenanceWindows(filters)) {
			if (services == null || services.contains(window.service())) {
				window(window);
			}
		}
	}

	private void alert(SuppressedAlert alert) {
		alerts.row()
			.time(alert.receivedAt())
			.number(alert.alertId())
			.text(alert.service())
			.text(alert.title())
			.text(alert.source())
			.text(alert.silenceId() != null ? "silence" : "maintenance")
			.number(alert.silenceId())
			.number(alert.windowId())
			.text(labels(alert.labels()));
	}

	private void window(MaintenanceWindow window) {
		windows.row()
			.number(window.id())
			.text(window.service())
			.time(window.startsAt())
			.time(window.endsAt())
			.text(window.description())
			.text(window.suppressAlerts() ? "yes" : "no")
			.number(window.suppressedAlerts())
			.text(window.createdBy())
			.time(window.createdAt())
			.text(window.updatedBy())
			.time(window.updatedAt())
			.text(window.cancelledBy())
			.time(window.cancelledAt());
	}

	/** Sorted {@code name=value} pairs, one per line. */
	private static String labels(Map<String, String> labels) {
		if (labels == null || labels.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		new TreeMap<>(labels).forEach((name, value) -> {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(name).append('=').append(value);
		});
		return text.toString();
	}

	List<IssueLogSheetWriter> sheets() {
		return List.of(alerts, windows);
	}

}
