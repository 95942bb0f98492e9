package dev.firebreak.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import dev.firebreak.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Generates yesterday's daily report once per cluster, at
 * {@code firebreak.reports.daily-at} in the report zone or at the first tick after it (a
 * node that was down catches up). Looking every tick instead of firing once at that time
 * costs one small query and keeps the job correct across restarts; the stored report and
 * the "daily-report" lease make sure only one node generates it. Older missing days are
 * made when someone reads them.
 */
@Component
class DailyReportJob {

	private static final Logger log = LoggerFactory.getLogger(DailyReportJob.class);

	static final String LOCK = "daily-report";

	/** Far longer than generating takes; the next due day is a day away. */
	private static final Duration LEASE = Duration.ofMinutes(10);

	private final DailyReports reports;

	private final ClusterLock lock;

	private final ReportCalendar calendar;

	private final ReportProperties properties;

	DailyReportJob(DailyReports reports, ClusterLock lock, ReportCalendar calendar, ReportProperties properties) {
		this.reports = reports;
		this.lock = lock;
		this.calendar = calendar;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${firebreak.reports.tick-interval:1m}", initialDelayString = "PT30S")
	void tick() {
		if (!properties.schedulerEnabled()) {
			return;
		}
		try {
			runDue().ifPresent(day -> log.info("Daily report for {} generated", day));
		}
		catch (RuntimeException ex) {
			// the database may be away; the report is still missing at the next tick
			log.warn("Daily report could not be generated: {}", ex.toString());
		}
	}

	/**
	 * Generates yesterday's report if it is due, not stored yet, and this node holds the
	 * lease.
	 * @return the day generated, empty when nothing was to do here
	 */
	Optional<LocalDate> runDue() {
		ZonedDateTime now = calendar.nowInZone();
		if (now.toLocalTime().isBefore(properties.dailyAt())) {
			return Optional.empty();
		}
		LocalDate yesterday = now.toLocalDate().minusDays(1);
		if (reports.exists(yesterday) || !lock.tryAcquire(LOCK, LEASE)) {
			return Optional.empty();
		}
		reports.generate(yesterday, "scheduler");
		return Optional.of(yesterday);
	}

}
