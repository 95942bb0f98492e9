package dev.firebreak.probe;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probe samples past the retention (90 days) are rolled up into hours and deleted, hourly
 * roll-ups past theirs (400 days) into UTC days, and every availability figure over whole
 * hours and days is the same afterwards as it was from the raw samples: the service's
 * figures with their percentiles, the uptime by service and by kind, a probe's uptime.
 * Run on H2 and on MySQL.
 */
abstract class AbstractSampleRetentionTest {

	// far before any other test's clock: a run rolls up every old sample in the shared
	// test database, and must find only this test's
	static final Instant NOW = Instant.parse("2001-06-01T00:30:00Z");

	/** The retention's cut: 90 days before now, down to the hour. */
	static final Instant CUT = Instant.parse("2001-03-03T00:00:00Z");

	/** Past the sample retention, inside the hourly one: becomes hourly roll-ups. */
	static final Instant OLD_DAY = Instant.parse("2001-02-10T00:00:00Z");

	/** Past the hourly retention (2000-04-27): becomes a daily roll-up. */
	static final Instant ANCIENT_DAY = Instant.parse("2000-03-15T00:00:00Z");

	static final Instant RECENT_DAY = Instant.parse("2001-05-20T00:00:00Z");

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Probes probes;

	@Autowired
	SampleRepository samples;

	@Autowired
	AvailabilityQuery availability;

	@Autowired
	SampleRetention retention;

	@Autowired
	JdbcClient jdbc;

	final List<Long> created = new ArrayList<>();

	String service;

	long fast;

	long slow;

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		service = TestServices.fresh(catalogue, "rollup", 2, "ops");
		fast = probe(service, 10);
		slow = probe(service, 60);
	}

	@AfterEach
	void tearDown() {
		jdbc.sql("delete from fb_cluster_lock where name = ?").param(SampleRetention.LEASE).update();
		created.forEach(probes::delete);
		ClockUtil.reset();
	}

	@Test
	void samplesPastTheRetentionBecomeRollUpsAndTheFiguresStayTheSame() {
		int old = day(OLD_DAY, 3);
		int ancient = day(ANCIENT_DAY, 2);
		day(RECENT_DAY, 1);
		samples.insert(fast, CUT.minusSeconds(1), CheckResult.up(200, 77));
		samples.insert(fast, CUT, CheckResult.up(200, 78));
		Map<String, Object> before = figures();

		SampleRetention.Outcome outcome = retention.run();

		assertThat(outcome.samples()).as("old and ancient samples, and the one just before the cut")
			.isEqualTo(old + ancient + 1);
		assertThat(outcome.hours()).as("the ancient day's hours of both probes").isEqualTo(2 * 2);
		assertThat(sampleCount(Instant.EPOCH, CUT)).isZero();
		assertThat(sampleCount(CUT, NOW)).as("inside the retention").isEqualTo(2 * 6 + 1);
		assertThat(rollups("HOUR")).as("one per probe and hour with samples (the last hour before the cut)")
			.containsExactly(row(fast, "2001-02-10T09:00"), row(fast, "2001-02-10T10:00"),
					row(fast, "2001-02-10T11:00"), row(fast, "2001-03-02T23:00"), row(slow, "2001-02-10T09:00"),
					row(slow, "2001-02-10T10:00"), row(slow, "2001-02-10T11:00"));
		assertThat(rollups("DAY")).containsExactly(row(fast, "2000-03-15T00:00"), row(slow, "2000-03-15T00:00"));
		assertThat(figures()).isEqualTo(before);
		assertThat(retention.run()).as("nothing left to roll up").isEqualTo(new SampleRetention.Outcome(0, 0));
	}

	@Test
	void aSampleArrivingAfterItsHourWasRolledUpIsAddedToThatHour() {
		day(OLD_DAY, 1);
		retention.run();
		Availability rolledUp = availability.of(service, OLD_DAY, OLD_DAY.plusSeconds(86_400));

		samples.insert(slow, OLD_DAY.plusSeconds(9 * 3600 + 59), CheckResult.down(null, null, "late"));
		assertThat(retention.run().samples()).isEqualTo(1);

		Availability withLate = availability.of(service, OLD_DAY, OLD_DAY.plusSeconds(86_400));
		assertThat(rollups("HOUR")).hasSize(2);
		assertThat(withLate.samples()).isEqualTo(rolledUp.samples() + 1);
		assertThat(withLate.uptimePercent()).isLessThan(rolledUp.uptimePercent());
		assertThat(withLate.p95ResponseMs()).isEqualTo(rolledUp.p95ResponseMs());
	}

	/**
	 * A day of {@code hours} hours from 09:00 of each probe: up, degraded (slow) and down
	 * answers, and down ones without an answer.
	 * @return samples written
	 */
	private int day(Instant day, int hours) {
		int written = 0;
		for (int hour = 0; hour < hours; hour++) {
			Instant start = day.plusSeconds((9L + hour) * 3600);
			for (int i = 0; i < 6; i++) {
				Instant at = start.plusSeconds(600L * i);
				int ms = 20 + 7 * i + 31 * hour;
				samples.insert(fast, at, i == 5 ? CheckResult.down(null, null, "refused") : i == 4
						? CheckResult.of(CheckStatus.DEGRADED, 900 + hour, "slow", null) : CheckResult.up(200, ms));
				samples.insert(slow, at.plusSeconds(5),
						i == 0 ? CheckResult.down(503, ms * 3, "status 503") : CheckResult.up(200, ms * 2));
				written += 2;
			}
		}
		return written;
	}

	/** Every figure the reports, the status page and the probes page read. */
	private Map<String, Object> figures() {
		Instant dayAfter = OLD_DAY.plusSeconds(86_400);
		return Map.of("whole", availability.of(service, Instant.EPOCH, NOW), "old day",
				availability.of(service, OLD_DAY, dayAfter), "ancient day",
				availability.of(service, ANCIENT_DAY, ANCIENT_DAY.plusSeconds(86_400)), "an hour",
				availability.of(service, OLD_DAY.plusSeconds(10 * 3600), OLD_DAY.plusSeconds(11 * 3600)), "uptime",
				availability.uptime(List.of(service), Instant.EPOCH, NOW), "by kind",
				availability.uptimeByKind(List.of(service), Instant.EPOCH, NOW), "probe",
				samples.uptimeOf(slow, OLD_DAY, dayAfter));
	}

	private long sampleCount(Instant from, Instant to) {
		return jdbc.sql("select count(*) from fb_probe_sample where probe_id in (?, ?) and at >= ? and at < ?")
			.params(fast, slow, at(from), at(to))
			.query(Long.class)
			.single();
	}

	private List<String> rollups(String period) {
		return jdbc
			.sql("select probe_id, period_start from fb_probe_rollup where probe_id in (?, ?) and period = ?"
					+ " order by probe_id, period_start")
			.params(fast, slow, period)
			.query((rs, row) -> rs.getLong("probe_id") + "@" + rs.getObject("period_start", LocalDateTime.class))
			.list();
	}

	private static String row(long probe, String start) {
		return probe + "@" + LocalDateTime.parse(start);
	}

	private static LocalDateTime at(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** Disabled: these probes only hold samples and must never run. */
	private long probe(String service, int intervalSeconds) {
		long id = probes
			.create(new ProbeRequest("Health of " + service + " every " + intervalSeconds, "http://127.0.0.1:9/health",
					null, intervalSeconds, 1000, null, null, null, null, service, false), "adam")
			.probe()
			.id();
		created.add(id);
		return id;
	}

}
