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
		List<StoredAlert> claimedByDeadNode = inbox.claim(1000, NOW, NOW.minus(Duration.ofMinutes(2)));
		assertThat(claimedByDeadNode).isNotEmpty();

		drain();
		assertThat(incidentsOf(service)).as("still claimed by the other node").isEmpty();

		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(2)).plusSeconds(1)));
		drain();
		assertThat(incidentsOf(service)).hasSize(1);
	}

}
