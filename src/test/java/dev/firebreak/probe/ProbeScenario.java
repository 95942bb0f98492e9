package dev.firebreak.probe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.intake.IntakeDrain;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the check tests do over and over: create probes through the API as the admin, move
 * the clock (Camunda's, which the test clock reads), run what is due, drain the intake
 * inbox, and read incidents, samples and availability back through the API. Deletes its
 * probes at the end, so no other test finds them due.
 */
class ProbeScenario {

	final ApiClient api;

	final ApplicationContext context;

	final ProbeRunner runner;

	final String service;

	final Instant start;

	Instant now;

	final List<Long> created = new ArrayList<>();

	ProbeScenario(ApiClient api, ApplicationContext context, String service, Instant start) {
		this.api = api;
		this.context = context;
		this.runner = context.getBean(ProbeRunner.class);
		this.service = service;
		this.start = start;
		at(start);
		IntakeDrain.drainInbox(context);
	}

	void at(Instant instant) {
		now = instant;
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	void later(long seconds) {
		at(now.plusSeconds(seconds));
	}

	/** Creates a probe of this scenario's service; @return its creation answer */
	JsonNode create(Map<String, Object> fields) {
		Map<String, Object> request = new java.util.HashMap<>(fields);
		request.putIfAbsent("service", service);
		request.putIfAbsent("name", "check-" + created.size());
		Response response = api.post("adam", "/api/v1/probes", request);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		created.add(response.body().get("id").asLong());
		return response.body();
	}

	/** Runs every due check; @return how many ran */
	int run() {
		return runner.runDueChecks();
	}

	/** Processes what the checks sent to intake; @return alerts processed */
	int drain() {
		return IntakeDrain.drainInbox(context);
	}

	JsonNode probe(long id) {
		return api.get("adam", "/api/v1/probes/" + id).body();
	}

	/** Oldest first, every sample since the scenario started. */
	List<JsonNode> samples(long id) {
		JsonNode page = api.get("adam", "/api/v1/probes/" + id + "/samples?from=" + start + "&to=" + now.plusSeconds(1))
			.body();
		List<JsonNode> items = new ArrayList<>();
		page.get("items").forEach(items::add);
		Collections.reverse(items);
		return items;
	}

	List<String> statuses(long id) {
		return samples(id).stream().map(sample -> sample.get("status").asText()).toList();
	}

	List<JsonNode> incidents() {
		List<JsonNode> items = new ArrayList<>();
		api.get("mona", "/api/v1/incidents?service=" + service).body().get("items").forEach(items::add);
		return items;
	}

	JsonNode incident(String number) {
		return api.get("mona", "/api/v1/incidents/" + number).body();
	}

	List<String> timeline(String number) {
		return incident(number).get("timeline").findValuesAsText("type");
	}

	JsonNode availability() {
		Response response = api.get("rita",
				"/api/v1/services/" + service + "/availability?from=" + start + "&to=" + now.plusSeconds(1));
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	void close() {
		created.forEach(id -> api.delete("adam", "/api/v1/probes/" + id));
		ClockUtil.reset();
	}

}
