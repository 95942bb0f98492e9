package dev.firebreak.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.FirebreakTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alert that stops being re-sent without resolving (Alertmanager silences) goes stale.
 */
@FirebreakTest
class StaleAlertTest extends IntakeTestSupport {

	static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Autowired
	StaleAlertSweeper sweeper;

	@AfterEach
	void releaseTime() {
		ClockUtil.reset();
	}

	@Test
	void aSilentAlertmanagerAlertIsMarkedStaleOnceButAChangeOnlySenderIsNot() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		String checkout = service("checkout", 1, "payments");
		String website = service("website", 2, "web");
		post("/api/v1/intake/alertmanager", integration(IntegrationType.ALERTMANAGER, checkout).key(),
				payload("alertmanager-firing.json", Map.of("\"checkout\"", "\"" + checkout + "\"")));
		post("/api/v1/intake/uptime-kuma", integration(IntegrationType.UPTIME_KUMA, website).key(),
				payload("uptime-kuma-down.json", Map.of("\"Public website\"", "\"" + website + "\"")));
		drain();

		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(4))));
		sweeper.sweep();
		assertThat(incident(incidentsOf(checkout).get(0).get("number").asText()).get("stale").asBoolean()).isFalse();

		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofHours(5)).plusSeconds(1)));
		sweeper.sweep();
		sweeper.sweep();

		for (JsonNode summary : incidentsOf(checkout)) {
			JsonNode incident = incident(summary.get("number").asText());
			assertThat(incident.get("stale").asBoolean()).isTrue();
			assertThat(timelineTypes(incident).stream().filter("ALERT_STALE"::equals)).hasSize(1);
		}
		assertThat(incident(incidentsOf(website).get(0).get("number").asText()).get("stale").asBoolean()).isFalse();
	}

}
