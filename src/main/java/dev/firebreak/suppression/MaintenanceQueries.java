package dev.firebreak.suppression;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.firebreak.suppression.SilenceRepository.toDb;

/**
 * What the read side (reports, the issue log) needs of maintenance and suppression, so
 * that it never reads this feature's tables: the windows of a period, and the alerts
 * silences and windows kept from opening incidents.
 */
@Service
@Transactional(readOnly = true)
public class MaintenanceQueries {

	/** Stands for "no bound" where a caller has none. */
	private static final Instant NO_END = Instant.parse("9999-01-01T00:00:00Z");

	private final MaintenanceWindowRepository windows;

	private final SuppressedAlertRepository suppressed;

	private final JdbcClient jdbc;

	MaintenanceQueries(MaintenanceWindowRepository windows, SuppressedAlertRepository suppressed, JdbcClient jdbc) {
		this.windows = windows;
		this.suppressed = suppressed;
		this.jdbc = jdbc;
	}

	/**
	 * Windows that overlap {@code [from, to)} or were planned to start in it (a window
	 * cancelled before it began has no length left), by start.
	 * @param from null for no lower bound
	 * @param to null for no upper bound
	 */
	public List<MaintenanceWindow> windowsIn(Instant from, Instant to) {
		return windows.overlapping(from == null ? Instant.EPOCH : from, to == null ? NO_END : to);
	}

	/**
	 * The next alerts suppressed within {@code [from, to)} after the alert id
	 * {@code after}, by alert id: the issue log reads them page by page.
	 */
	public List<SuppressedAlert> suppressedIn(Instant from, Instant to, long after, int limit) {
		return suppressed.receivedIn(from == null ? Instant.EPOCH : from, to == null ? NO_END : to, after, limit);
	}

	/**
	 * How many alerts maintenance windows suppressed within {@code [from, to)}, by
	 * service.
	 */
	public Map<String, Long> suppressedByMaintenance(Instant from, Instant to) {
		return jdbc
			.sql("select service, count(*) n from fb_suppressed_alert where window_id is not null"
					+ " and received_at >= ? and received_at < ? group by service")
			.params(toDb(from), toDb(to))
			.query((rs, n) -> Map.entry(rs.getString("service"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
