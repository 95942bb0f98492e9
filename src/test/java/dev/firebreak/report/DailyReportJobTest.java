package dev.firebreak.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

import dev.firebreak.FirebreakTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.firebreak.report.AbstractReportFiguresTest.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled job makes yesterday's report once, after 01:00 (UTC here), on the node
 * holding the "daily-report" lease. Days in January 2031, used by no other test.
 */
@FirebreakTest
class DailyReportJobTest {

	@Autowired
	DailyReportJob job;

	@Autowired
	DailyReports reports;

	@Autowired
	DailyReportRepository stored;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void tearDown() {
		jdbc.sql("delete from fb_cluster_lock where name = ?").param(DailyReportJob.LOCK).update();
		ClockUtil.reset();
	}

	@Test
	void yesterdaysReportIsMadeOnceAfterTheConfiguredTime() {
		LocalDate day = LocalDate.parse("2031-01-01");
		at("2031-01-02T00:59:59Z");
		assertThat(job.runDue()).isEmpty();
		assertThat(stored.exists(day)).isFalse();

		at("2031-01-02T01:00:00Z");
		assertThat(job.runDue()).contains(day);
		String first = stored.find(day).orElseThrow();
		assertThat(first).contains("\"generatedAt\":\"2031-01-02T01:00:00Z\"", "\"generatedBy\":\"scheduler\"");

		at("2031-01-02T01:05:00Z");
		assertThat(job.runDue()).isEmpty();
		assertThat(stored.find(day)).contains(first);
		assertThat(jdbc.sql("select count(*) from fb_daily_report where report_date = ?")
			.param(day)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherNodeHoldingTheLeaseMeansThisOneWaits() {
		LocalDate day = LocalDate.parse("2031-01-03");
		at("2031-01-04T01:30:00Z");
		holdLease("another-node", LocalDateTime.parse("2031-01-04T01:40:00"));

		assertThat(job.runDue()).isEmpty();
		assertThat(stored.exists(day)).isFalse();

		// the other node stopped renewing: its lease ran out
		at("2031-01-04T01:41:00Z");
		assertThat(job.runDue()).contains(day);
		assertThat(stored.exists(day)).isTrue();
	}

	@Test
	void theSchedulerIsOffInTestsSoItsTickDoesNothing() {
		at("2031-01-06T02:00:00Z");
		job.tick();
		assertThat(stored.exists(LocalDate.parse("2031-01-05"))).isFalse();
	}

	private void holdLease(String owner, LocalDateTime until) {
		jdbc.sql("delete from fb_cluster_lock where name = ?").param(DailyReportJob.LOCK).update();
		jdbc.sql("insert into fb_cluster_lock (name, owner, locked_until) values (?, ?, ?)")
			.params(DailyReportJob.LOCK, owner, until)
			.update();
	}

}
