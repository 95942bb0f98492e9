package dev.firebreak.web;

import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data for the UI tests, built through the API: each test has its own service and
 * incidents, so tests sharing the application never see each other's work.
 */
public final class UiFixtures {

	private final ApiClient api;

	private final ServiceCatalogue catalogue;

	public UiFixtures(int port, ServiceCatalogue catalogue) {
		this.api = new ApiClient(port);
		this.catalogue = catalogue;
	}

	public ApiClient api() {
		return api;
	}

	/** A new service owned by the team; tier 1 is the most critical. */
	public String service(String team, int tier) {
		return TestServices.fresh(catalogue, team + "-ui", tier, team);
	}

	/** Reports an incident as that person and returns its number. */
	public String report(String reporter, String service, String title, String severity, String impact) {
		ApiClient.Response response = api.post(reporter, "/api/v1/incidents",
				Map.of("title", title, "service", service, "severity", severity, "impact", impact));
		assertThat(response.status()).as("report %s", title).isEqualTo(201);
		return response.body().get("number").asText();
	}

	/** The id of the incident's one open task. */
	public String openTask(String number) {
		return api.get("mona", "/api/v1/incidents/" + number).body().get("openTasks").get(0).get("id").asText();
	}

}
