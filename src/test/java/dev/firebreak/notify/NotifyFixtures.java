package dev.firebreak.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.notify.delivery.DeliveryWorker;
import dev.firebreak.notify.paging.EscalationTicker;
import dev.firebreak.security.Role;
import dev.firebreak.security.people.TestPeople;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data for paging, built the way people build it (through the API) on a team, people
 * and a service of the test's own, so that tests sharing the application never page each
 * other's people. A bean of the test profile: tests autowire it.
 */
@Component
@Profile("test")
public class NotifyFixtures {

	private final Environment environment;

	private ApiClient api;

	private final ServiceCatalogue catalogue;

	private final TestPeople people;

	private final DeliveryWorker worker;

	private final EscalationTicker ticker;

	NotifyFixtures(Environment environment, ServiceCatalogue catalogue, TestPeople people, DeliveryWorker worker,
			EscalationTicker ticker) {
		this.environment = environment;
		this.catalogue = catalogue;
		this.people = people;
		this.worker = worker;
		this.ticker = ticker;
	}

	/** The API of this application, on its port (known once the server has started). */
	public ApiClient api() {
		if (api == null) {
			api = new ApiClient(Integer.parseInt(environment.getRequiredProperty("local.server.port")));
		}
		return api;
	}

	public String team() {
		return people.newTeam("pg");
	}

	public String person(String prefix, Role role, String... teams) {
		return people.newPerson(prefix, role, teams);
	}

	/** A tier-1 service of the team: a critical, high-impact incident on it is a P1. */
	public String service(String team) {
		return TestServices.fresh(catalogue, "svc", 1, team);
	}

	/**
	 * @return the contact method's id
	 */
	public long contactMethod(String user, String kind, String address) {
		ApiClient.Response created = api().post(user, "/api/v1/me/contact-methods",
				Map.of("kind", kind, "label", kind.toLowerCase() + " of " + user, "address", address));
		assertThat(created.status()).as("contact method %s", created.body()).isEqualTo(201);
		return created.body().get("method").get("id").asLong();
	}

	public void rule(String user, long methodId, int delayMinutes, String... priorities) {
		ApiClient.Response created = api().post(user, "/api/v1/me/notification-rules",
				Map.of("contactMethodId", methodId, "priorities", List.of(priorities), "delayMinutes", delayMinutes));
		assertThat(created.status()).as("rule %s", created.body()).isEqualTo(201);
	}

	/**
	 * The team's default policy: one level per entry of {@code levels}, each paging the
	 * named people and waiting {@code delayMinutes} before the next.
	 * @return the policy's id
	 */
	public long policy(String manager, String team, int delayMinutes, int repeatCount, List<List<String>> levels) {
		List<Map<String, Object>> body = new ArrayList<>();
		for (List<String> level : levels) {
			body.add(Map.of("delayMinutes", delayMinutes, "targets",
					level.stream().map(user -> Map.of("kind", "USER", "ref", user)).toList()));
		}
		ApiClient.Response created = api().post(manager, "/api/v1/escalation-policies", Map.of("team", team, "name",
				"policy of " + team, "levels", body, "repeatCount", repeatCount, "teamDefault", true));
		assertThat(created.status()).as("policy %s", created.body()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	/** Reports a P1 (critical, high impact, tier 1) and returns its number. */
	public String reportP1(String reporter, String service, String title) {
		ApiClient.Response response = api().post(reporter, "/api/v1/incidents",
				Map.of("title", title, "service", service, "severity", "CRITICAL", "impact", "HIGH"));
		assertThat(response.status()).as("report %s", response.body()).isEqualTo(201);
		return response.body().get("number").asText();
	}

	/** Takes due escalation steps, then sends until nothing is due. */
	public void runDue() {
		ticker.runDue();
		while (worker.runDue() > 0) {
			// a round sends at most a batch
		}
	}

	public JsonNode notifications(String number) {
		ApiClient.Response response = api().get("adam", "/api/v1/incidents/" + number + "/notifications");
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	public JsonNode timeline(String number) {
		return api().get("adam", "/api/v1/incidents/" + number).body().get("timeline");
	}

	/** The timeline entries of one type, oldest first. */
	public List<JsonNode> entries(String number, String type) {
		List<JsonNode> found = new ArrayList<>();
		timeline(number).forEach(entry -> {
			if (type.equals(entry.get("type").asText())) {
				found.add(entry);
			}
		});
		return found;
	}

}
