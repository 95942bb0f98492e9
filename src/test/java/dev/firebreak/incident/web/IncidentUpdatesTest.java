package dev.firebreak.incident.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.PublicStatus;
import dev.firebreak.incident.PublicUpdate;
import dev.firebreak.incident.PublicUpdates;
import dev.firebreak.task.TaskFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public updates: published by the incident's responders and managers, on the timeline
 * and in the chain, read back for the outside through {@link PublicUpdates} without
 * anyone's name; a suggestion at each of the route's milestones that is only ever
 * offered; and the refusals, which write nothing.
 */
@FirebreakTest
class IncidentUpdatesTest {

	@Autowired
	TaskFixtures fixtures;

	@Autowired
	PublicUpdates publicUpdates;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = fixtures.api();
		service = fixtures.service("updates", 1, "ops");
	}

	@Test
	void aPublishedUpdateIsOnTheTimelineAndReadableForTheOutsideWithoutNames() {
		String number = fixtures.report("rita", service, "Checkout returns 502", "CRITICAL", "HIGH");

		Response published = api.post("rita", updates(number),
				Map.of("status", "INVESTIGATING", "message", "Payments fail for some customers.\nWe are on it."));

		assertThat(published.status()).as(published.body().toString()).isEqualTo(201);
		assertThat(published.body().get("status").asText()).isEqualTo("INVESTIGATING");
		assertThat(published.body().get("publishedBy").asText()).isEqualTo("rita");
		JsonNode entry = TaskFixtures.lastOf(fixtures.incident(number), "PUBLIC_UPDATE_PUBLISHED");
		assertThat(entry.get("actor").asText()).isEqualTo("rita");
		assertThat(entry.at("/details/status").asText()).isEqualTo("INVESTIGATING");
		assertThat(entry.at("/details/message").asText()).isEqualTo("Payments fail for some customers.\nWe are on it.");

		List<PublicUpdate> outside = publicUpdates.of(Incident.idOf(number));
		assertThat(outside).singleElement().satisfies(update -> {
			assertThat(update.incidentNumber()).isEqualTo(number);
			assertThat(update.status()).isEqualTo(PublicStatus.INVESTIGATING);
			assertThat(update.message()).isEqualTo("Payments fail for some customers.\nWe are on it.");
			assertThat(update.toString()).doesNotContain("rita", "ops");
		});
		assertThat(api.post("mona", updates(number), Map.of("status", "IDENTIFIED", "message", "Found it.")).status())
			.isEqualTo(201);
		assertThat(publicUpdates.latest(List.of(Incident.idOf(number))).get(Incident.idOf(number)).status())
			.isEqualTo(PublicStatus.IDENTIFIED);
		JsonNode read = api.get("ravi", updates(number)).body();
		assertThat(read.get("items")).extracting(item -> item.get("status").asText())
			.containsExactly("INVESTIGATING", "IDENTIFIED");
		assertThat(read.get("items").get(0).get("publishedBy").isNull()).isTrue();

		JsonNode verified = api.get("audra", "/api/v1/audit/verify").body();
		assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
	}

	@Test
	void eachMilestoneOffersAnUpdateThatIsNeverPublishedWithoutAPerson() {
		String number = fixtures.report("rita", service, "Checkout returns 502", "CRITICAL", "HIGH");
		assertThat(api.get("rita", updates(number)).body().get("suggestion").isNull()).as("no milestone yet").isTrue();

		fixtures.work("rita", number, "DIAGNOSIS", Map.of("outcome", "NEEDS_FIX", "findings", "Pool exhausted"));
		JsonNode diagnosed = api.get("rita", updates(number)).body();
		assertThat(diagnosed.at("/suggestion/milestone").asText()).isEqualTo("DIAGNOSED");
		assertThat(diagnosed.at("/suggestion/status").asText()).isEqualTo("IDENTIFIED");
		assertThat(diagnosed.at("/suggestion/message").asText()).doesNotContain("Pool", "ops", "rita");
		assertThat(diagnosed.get("items")).as("only offered").isEmpty();

		// one click on the page opens the form filled with it, to edit and publish
		String page = new String(api.download("rita", "/incidents/" + number + "?suggested=true").body(),
				StandardCharsets.UTF_8);
		assertThat(page).contains("<details id=\"publish-update\" open=\"open\">",
				"<option value=\"IDENTIFIED\" selected=\"selected\">Identified</option>",
				diagnosed.at("/suggestion/message").asText() + "</textarea>");
		assertThat(api.get("rita", updates(number)).body().get("items")).as("opening the form publishes nothing")
			.isEmpty();

		assertThat(
				api.post("rita", updates(number), Map.of("status", "IDENTIFIED", "message", "Cause found.")).status())
			.isEqualTo(201);
		assertThat(api.get("rita", updates(number)).body().get("suggestion").isNull()).as("followed").isTrue();

		fixtures.work("ravi", number, "HOTFIX", Map.of("changeDescription", "Raise pool size", "reference", "PR-1",
				"deployedAt", "2026-03-02T10:00:00Z", "rollbackPlan", "Revert", "testedInStaging", true));
		assertThat(api.get("rita", updates(number)).body().at("/suggestion/status").asText()).isEqualTo("MONITORING");

		fixtures.work("rita", number, "VERIFICATION",
				Map.of("passed", true, "checksRun", "Pay button", "evidence", "ok"));
		JsonNode verified = api.get("rita", updates(number)).body();
		assertThat(verified.at("/suggestion/milestone").asText()).isEqualTo("VERIFICATION_PASSED");
		assertThat(verified.at("/suggestion/status").asText()).isEqualTo("RESOLVED");
		assertThat(verified.get("items")).hasSize(1);
	}

	@Test
	void onlyItsRespondersAndManagersPublishAndARefusalWritesNothing() {
		String number = fixtures.report("rita", service, "Checkout returns 502", "CRITICAL", "HIGH");
		Map<String, String> update = Map.of("status", "INVESTIGATING", "message", "Looking into it.");

		Response otherTeam = api.post("otto", updates(number), update);
		assertThat(otherTeam.status()).isEqualTo(403);
		assertThat(otherTeam.body().get("detail").asText()).contains("belongs to team ops");
		assertThat(api.post("audra", updates(number), update).status()).isEqualTo(403);
		assertThat(api.post("adam", updates(number), update).status()).isEqualTo(403);
		Response badStatus = api.post("rita", updates(number), Map.of("status", "FINE", "message", "x"));
		assertThat(badStatus.status()).isEqualTo(400);
		Response blank = api.post("rita", updates(number), Map.of("status", "RESOLVED", "message", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body().toString()).contains("message");
		assertThat(api.post("rita", updates(number), Map.of("message", "no status")).status()).isEqualTo(400);

		assertThat(publicUpdates.of(Incident.idOf(number))).isEmpty();
		assertThat(TaskFixtures.entries(fixtures.incident(number), "PUBLIC_UPDATE_PUBLISHED")).isEmpty();
	}

	private static String updates(String number) {
		return "/api/v1/incidents/" + number + "/updates";
	}

}
