package dev.firebreak.intake;

import java.util.Map;
import java.util.UUID;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Incident;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incidents opened before their alert labels were kept get them from the inbox at start,
 * so that search finds them by label; one whose alert the inbox no longer holds is marked
 * as looked at, and one that has labels keeps its own.
 */
@FirebreakTest
class AlertLabelBackfillTest extends IntakeTestSupport {

	@Autowired
	AlertLabelBackfill backfill;

	@Test
	void incidentsFromBeforeGetTheirAlertsLabelsFromTheInbox() {
		String service = service("backfill", 2, "ops");
		String key = integration(IntegrationType.GENERIC, service).key();
		String host = "host-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(post("/api/v1/intake/generic", key,
				payload("generic-trigger.json", Map.of("SERVICE", service, "nightly-export", host)))
			.status()).isEqualTo(202);
		drain();
		long id = Incident.idOf(incidentsOf(service).get(0).get("number").asText());
		String kept = labels(id);
		assertThat(kept).as("intake keeps them when it opens the incident")
			.contains("service=" + service, "dedupKey=" + host);

		jdbc.sql("update fb_incident set alert_labels = null where id = ?").param(id).update();
		backfill.backfill();
		assertThat(labels(id)).isEqualTo(kept);

		jdbc.sql("update fb_incident set alert_labels = null where id = ?").param(id).update();
		jdbc.sql("update fb_alert_event set dedup_key = 'gone' where integration_id = (select integration_id from"
				+ " fb_incident where id = ?)")
			.param(id)
			.update();
		backfill.backfill();
		assertThat(labels(id)).as("looked at, nothing found").isEmpty();
	}

	String labels(long id) {
		return jdbc.sql("select alert_labels from fb_incident where id = ?").param(id).query(String.class).single();
	}

}
