package dev.firebreak.task;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incidents and their tasks, worked through the JSON API as people work them, on services
 * of the test's own, so that tests sharing the application never see each other's
 * incidents. Each step asserts that it worked; a test that means to be refused calls the
 * API itself. A bean of the test profile: tests autowire it.
 */
@Component
@Profile("test")
public class TaskFixtures {

	private final Environment environment;

	private final ServiceCatalogue catalogue;

	private ApiClient api;

	TaskFixtures(Environment environment, ServiceCatalogue catalogue) {
		this.environment = environment;
		this.catalogue = catalogue;
	}

	/** The API of this application, on its port (known once the server has started). */
	public ApiClient api() {
		if (api == null) {
			api = new ApiClient(Integer.parseInt(environment.getRequiredProperty("local.server.port")));
		}
		return api;
	}

	/**
	 * A new service of the team, named after {@code prefix}; tier 1 is the most critical.
	 */
	public String service(String prefix, int tier, String team) {
		String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		catalogue.register(new MonitoredService(name, tier, team));
		return name;
	}

	/** Reports an incident as that person; returns its number. */
	public String report(String reporter, String service, String title, String severity, String impact) {
		Response response = api().post(reporter, "/api/v1/incidents",
				Map.of("title", title, "service", service, "severity", severity, "impact", impact));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().get("number").asText();
	}

	/** The incident as a manager (who sees every team's) reads it. */
	public JsonNode incident(String number) {
		Response response = api().get("mona", "/api/v1/incidents/" + number);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	/**
	 * The incident less its SLA countdown, which moves with the clock: for checking that
	 * a refused request changed nothing.
	 */
	public JsonNode incidentWithoutSla(String number) {
		ObjectNode incident = (ObjectNode) incident(number);
		incident.remove("sla");
		return incident;
	}

	/** The id of the incident's first open task. */
	public String openTask(String number) {
		return incident(number).at("/openTasks/0/id").asText();
	}

	/** The id of the incident's one open task, which must be of this stage. */
	public String openTask(String number, String stage) {
		JsonNode tasks = incident(number).get("openTasks");
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("stage").asText()).isEqualTo(stage);
		return tasks.get(0).get("id").asText();
	}

	/**
	 * Claims the task as that person, or takes it over when it came claimed to the
	 * incident's owner and that is someone else; returns its id.
	 */
	public String claim(String user, String taskId) {
		Response response = api().post(user, "/api/v1/tasks/" + taskId + "/claim", null);
		if (response.status() == 409 && response.body().toString().contains("take it over")) {
			response = api().post(user, "/api/v1/tasks/" + taskId + "/take-over", null);
		}
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return taskId;
	}

	public void complete(String user, String taskId, Map<String, ?> form) {
		Response response = api().post(user, "/api/v1/tasks/" + taskId + "/complete", form);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
	}

	/**
	 * Works the incident's one open task, which must be of this stage, as that person:
	 * claims it and completes it with the form.
	 */
	public void work(String user, String number, String stage, Map<String, ?> form) {
		complete(user, claim(user, openTask(number, stage)), form);
	}

	/** The timeline entries of this type, oldest first. */
	public static List<JsonNode> entries(JsonNode incident, String type) {
		return incident.get("timeline").valueStream().filter(entry -> type.equals(entry.get("type").asText())).toList();
	}

	/** The latest timeline entry of this type; there must be one. */
	public static JsonNode lastOf(JsonNode incident, String type) {
		List<JsonNode> found = entries(incident, type);
		assertThat(found).as(type).isNotEmpty();
		return found.get(found.size() - 1);
	}

}
