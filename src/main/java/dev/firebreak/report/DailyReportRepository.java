package dev.firebreak.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Generated daily reports ({@code fb_daily_report}), one per day, as JSON. The primary
 * key on the day makes "one report per day" a database rule: of two nodes (or requests)
 * generating the same day, one insert wins.
 */
@Repository
class DailyReportRepository {

	private final JdbcClient jdbc;

	DailyReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> find(LocalDate date) {
		return jdbc.sql("select content from fb_daily_report where report_date = ?")
			.param(date)
			.query(String.class)
			.optional();
	}

	boolean exists(LocalDate date) {
		return jdbc.sql("select count(*) from fb_daily_report where report_date = ?")
			.param(date)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the day has one
	 */
	void insert(DailyReport report, String content) {
		jdbc.sql("insert into fb_daily_report (report_date, zone, generated_at, generated_by, content)"
				+ " values (?, ?, ?, ?, ?)")
			.params(report.date(), report.zone(), toDb(report.generatedAt()), report.generatedBy(), content)
			.update();
	}

	/** Replaces the day's report, or stores it when there is none. */
	void replace(DailyReport report, String content) {
		int updated = jdbc
			.sql("update fb_daily_report set zone = ?, generated_at = ?, generated_by = ?, content = ?"
					+ " where report_date = ?")
			.params(report.zone(), toDb(report.generatedAt()), report.generatedBy(), content, report.date())
			.update();
		if (updated == 0) {
			insert(report, content);
		}
	}

	private static LocalDateTime toDb(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
