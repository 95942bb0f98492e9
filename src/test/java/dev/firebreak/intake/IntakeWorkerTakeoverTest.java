package dev.firebreak.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import dev.firebreak.FirebreakTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that claimed alerts and died before processing them holds them only until its
 * claim expires; then another node (here: this one) takes them over. Nothing accepted is
 * lost.
 */
@FirebreakTest
class IntakeWorkerTakeoverTest extends IntakeTestSupport {

	static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");

	@Autowired
	AlertInbox inbox;

	@Autowired
	IntakeProperties properties;

	@AfterEach
	void releaseTime() {
		ClockUtil.reset();
	}

	@Test
	void alertsClaimedByADeadNodeAreTakenOverWhenTheClaimExpires() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		String service = service("ledger", 2, "finance");
		post("/api/v1/intake/generic", integration(IntegrationType.GENERIC, service).key(),
				"{\"dedupKey\": \"ledger-lag\", \"title\": \"Ledger lagging\", \"service\": \"" + service + "\"}");
		Duration timeout = properties.claimTimeout();
		assertThat(timeout).as("a dead node holds alerts for seconds, not minutes").isLessThan(Duration.ofMinutes(1));
		List<StoredAlert> claimedByDeadNode = inbox.claim(1000, NOW, NOW.minus(timeout));
		assertThat(claimedByDeadNode).isNotEmpty();

		drain();
		assertThat(incidentsOf(service)).as("still claimed by the other node").isEmpty();

		ClockUtil.setCurrentTime(Date.from(NOW.plus(timeout).plusSeconds(1)));
		drain();
		assertThat(incidentsOf(service)).hasSize(1);
	}

	@Test
	void aClaimRenewedByItsLiveNodeIsNotTakenOver() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		String service = service("renewed", 2, "finance");
		post("/api/v1/intake/generic", integration(IntegrationType.GENERIC, service).key(),
				"{\"dedupKey\": \"renewed-lag\", \"title\": \"Renewed lagging\", \"service\": \"" + service + "\"}");
		Duration timeout = properties.claimTimeout();
		List<StoredAlert> held = inbox.claim(1000, NOW, NOW.minus(timeout));
		assertThat(held).isNotEmpty();

		// the holder's heartbeat, two thirds of the way through its claim
		Instant beat = NOW.plus(timeout.multipliedBy(2).dividedBy(3));
		assertThat(inbox.renew(held.get(0).claimToken(), held.get(0).id(), held.get(held.size() - 1).id(), beat))
			.isEqualTo(held.size());
		ClockUtil.setCurrentTime(Date.from(NOW.plus(timeout).plusSeconds(1)));
		drain();
		assertThat(incidentsOf(service)).as("renewed, so still held by its node").isEmpty();

		ClockUtil.setCurrentTime(Date.from(beat.plus(timeout).plusSeconds(1)));
		drain();
		assertThat(incidentsOf(service)).as("the beats stopped: taken over").hasSize(1);
	}

	@Test
	void anAlertThatKeepsFailingWaitsLongerEachTimeAndIsParkedAfterFiveTries() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		String doomed = service("doomed", 2, "ops");
		String key = integration(IntegrationType.GENERIC, doomed).key();
		// a real fault: the integration's default service leaves the catalogue
		jdbc.sql("delete from fb_service where name = ?").param(doomed).update();
		post("/api/v1/intake/generic", key, "{\"dedupKey\": \"d\", \"title\": \"Doomed\"}");

		Instant now = NOW;
		for (int attempt = 1; attempt <= 5; attempt++) {
			drain();
			assertThat(state()).as("after attempt " + attempt)
				.isEqualTo(attempt < 5 ? "PENDING/" + attempt : "FAILED/" + attempt);
			drain();
			assertThat(state()).as("no retry before the wait is over").endsWith("/" + attempt);
			now = now.plusSeconds(5L * attempt + 1);
			ClockUtil.setCurrentTime(Date.from(now));
		}
		drain();
		assertThat(state()).isEqualTo("FAILED/5");
	}

	private String state() {
		return jdbc.sql("select status, attempts from fb_alert_event where title = 'Doomed'")
			.query((rs, row) -> rs.getString("status") + "/" + rs.getInt("attempts"))
			.single();
	}

}
