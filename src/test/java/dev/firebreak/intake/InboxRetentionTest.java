package dev.firebreak.intake;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processed alerts go once they are older than the retention (30 days by default); those
 * inside it, and the incidents and timelines the old ones opened, stay.
 */
@FirebreakTest
class InboxRetentionTest extends IntakeTestSupport {

	// far before any other test's clock: the run deletes every old processed alert in the
	// shared test database, and must find only this test's
	static final Instant OLD = Instant.parse("2020-01-01T09:00:00Z");

	static final Instant RECENT = Instant.parse("2020-02-20T09:00:00Z");

	static final Instant NOW = Instant.parse("2020-03-01T09:00:00Z");

	@Autowired
	InboxRetention retention;

	@AfterEach
	void releaseTime() {
		ClockUtil.reset();
	}

	@Test
	void processedAlertsPastTheRetentionAreDeletedAndTheirIncidentsStay() {
		String service = service("retention", 3, "ops");
		String key = integration(IntegrationType.GENERIC, service).key();
		ClockUtil.setCurrentTime(Date.from(OLD));
		send(key, service, "old-1");
		send(key, service, "old-2");
		drain();
		ClockUtil.setCurrentTime(Date.from(RECENT));
		send(key, service, "recent");
		drain();
		assertThat(rows("old-%")).isEqualTo(2);

		ClockUtil.setCurrentTime(Date.from(NOW));
		assertThat(retention.run()).isEqualTo(2);

		assertThat(rows("old-%")).isZero();
		assertThat(rows("recent")).as("inside the retention").isEqualTo(1);
		assertThat(incidentsOf(service)).as("incidents are the auditors' record").hasSize(3);
		assertThat(timelineTypes(incident(incidentsOf(service).get(2).get("number").asText()))).contains("REPORTED",
				"PRIORITISED");
		assertThat(retention.run()).as("nothing left to delete").isZero();
	}

	private void send(String key, String service, String dedupKey) {
		Response accepted = post("/api/v1/intake/generic", key, payload("generic-trigger.json",
				Map.of("SERVICE", service, "nightly-export", dedupKey, "Nightly export failed", "Job " + dedupKey)));
		assertThat(accepted.status()).isEqualTo(202);
	}

	private long rows(String dedupKeyPattern) {
		return jdbc.sql("select count(*) from fb_alert_event where dedup_key like ? and status = 'DONE'")
			.param(dedupKeyPattern)
			.query(Long.class)
			.single();
	}

}
