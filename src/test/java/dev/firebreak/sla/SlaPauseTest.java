package dev.firebreak.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.Priority;
import dev.firebreak.report.ReportTestData;
import dev.firebreak.task.TaskFixtures;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting state: on the timeline, stopping the clocks, and moving the acknowledge
 * deadline timer, so that a waiting incident does not escalate on its old due time and
 * does on the new one after the wait; and the refusals, which change nothing.
 */
@FirebreakTest
class SlaPauseTest {

	@Autowired
	TaskFixtures fixtures;

	@Autowired
	ReportTestData reports;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	Instant start;

	String service;

	@BeforeEach
	void setUp() {
		start = Instant.parse("2035-04-02T10:00:00Z").plusSeconds((long) (Math.random() * 86_400 * 100));
		ClockUtil.setCurrentTime(Date.from(start));
		service = fixtures.service("sla-pause", 2, "ops");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aWaitingIncidentEscalatesOnlyOnTheDueTimeItsWaitMovedTo() {
		// a P1: acknowledge within 15 minutes
		String number = fixtures.report("rita", service, "Card payments fail", "CRITICAL", "HIGH");
		assertThat(acknowledgeTimer(number)).isEqualTo(start.plus(Duration.ofMinutes(15)));

		at(5);
		Response paused = fixtures.api()
			.post("rita", "/api/v1/incidents/" + number + "/waiting",
					Map.of("reason", "THIRD_PARTY", "note", "Waiting on the payment provider's answer"));
		assertThat(paused.status()).as(paused.body().toString()).isEqualTo(201);
		JsonNode started = TaskFixtures.lastOf(fixtures.incident(number), "WAITING_STARTED");
		assertThat(started.get("actor").asText()).isEqualTo("rita");
		assertThat(started.at("/details/reason").asText()).isEqualTo("THIRD_PARTY");
		assertThat(started.at("/details/note").asText()).isEqualTo("Waiting on the payment provider's answer");
		JsonNode waiting = fixtures.incident(number).at("/sla/acknowledge");
		assertThat(waiting.get("paused").asBoolean()).isTrue();
		assertThat(waiting.get("due").isNull()).as("not known until the wait ends").isTrue();
		assertThat(waiting.get("remaining").asText()).isEqualTo("PT10M");
		assertThat(acknowledgeTimer(number)).as("the timer waits with the clock")
			.isAfter(Instant.parse("2100-01-01T00:00:00Z"));

		at(20);
		fireDueTimers(number);
		assertThat(TaskFixtures.entries(fixtures.incident(number), "SLA_BREACHED")).as("the old due time passed")
			.isEmpty();
		assertThat(fixtures.incident(number).at("/sla/acknowledge/remaining").asText()).isEqualTo("PT10M");

		at(30);
		Response resumed = fixtures.api().delete("mona", "/api/v1/incidents/" + number + "/waiting");
		assertThat(resumed.status()).as(resumed.body().toString()).isEqualTo(200);
		JsonNode ended = TaskFixtures.lastOf(fixtures.incident(number), "WAITING_ENDED");
		assertThat(ended.get("actor").asText()).isEqualTo("mona");
		assertThat(ended.at("/details/waited").asText()).isEqualTo("PT25M");
		Instant due = start.plus(Duration.ofMinutes(15 + 25));
		assertThat(fixtures.incident(number).at("/sla/acknowledge/due").asText()).isEqualTo(due.toString());
		assertThat(acknowledgeTimer(number)).isEqualTo(due);

		at(39);
		fireDueTimers(number);
		assertThat(TaskFixtures.entries(fixtures.incident(number), "SLA_BREACHED")).isEmpty();

		at(41);
		fireDueTimers(number);
		assertThat(TaskFixtures.entries(fixtures.incident(number), "SLA_BREACHED")).singleElement()
			.satisfies(breach -> {
				assertThat(breach.at("/details/clock").asText()).isEqualTo("acknowledge");
				// the due time the wait moved it to, not the decision's: the figure the
				// page and the reports show traces to this entry
				assertThat(breach.at("/details/due").asText()).isEqualTo(due.toString());
				assertThat(breach.at("/details/late").asText()).isEqualTo("PT1M");
			});
		JsonNode terms = fixtures.api().get("rita", "/api/v1/incidents/" + number + "/sla").body();
		assertThat(terms.get("pauses")).singleElement()
			.satisfies(pause -> assertThat(pause.get("reason").asText()).isEqualTo("THIRD_PARTY"));
		assertThat(terms.at("/clocks/acknowledge/breached").asBoolean()).isTrue();
	}

	@Test
	void refusalsChangeNothing() {
		String number = fixtures.report("rita", service, "Search is slow", "CRITICAL", "HIGH");
		String waitingPath = "/api/v1/incidents/" + number + "/waiting";

		Response notWaiting = fixtures.api().delete("rita", waitingPath);
		assertThat(notWaiting.status()).isEqualTo(409);
		assertThat(notWaiting.contentType()).startsWith("application/problem+json");
		Response badReason = fixtures.api().post("rita", waitingPath, Map.of("reason", "LUNCH"));
		assertThat(badReason.status()).isEqualTo(400);
		assertThat(badReason.contentType()).startsWith("application/problem+json");
		assertThat(fixtures.api().post("otto", waitingPath, Map.of("reason", "REPORTER")).status())
			.as("another team's responder")
			.isEqualTo(403);
		assertThat(fixtures.api().post("audra", waitingPath, Map.of("reason", "REPORTER")).status()).isEqualTo(403);
		assertThat(timeline(number)).doesNotContain("WAITING_STARTED", "WAITING_ENDED");

		assertThat(fixtures.api().post("rita", waitingPath, Map.of("reason", "REPORTER")).status()).isEqualTo(201);
		List<String> once = timeline(number);
		Response twice = fixtures.api().post("ravi", waitingPath, Map.of("reason", "THIRD_PARTY"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body().get("detail").asText()).contains("waits already");
		assertThat(timeline(number)).isEqualTo(once);
		assertThat(fixtures.api().delete("rita", waitingPath).status()).isEqualTo(200);

		String original = fixtures.report("rita", service, "Search is slow everywhere", "CRITICAL", "HIGH");
		assertThat(fixtures.api()
			.post("mona", "/api/v1/incidents/" + number + "/cancel",
					Map.of("duplicateOf", original, "reason", "Same outage"))
			.status()).isEqualTo(200);
		List<String> cancelled = timeline(number);
		Response closed = fixtures.api().post("rita", waitingPath, Map.of("reason", "REPORTER"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.body().get("detail").asText()).contains("cancelled");
		assertThat(timeline(number)).isEqualTo(cancelled);

		long resolved = reports.incident(service, Priority.P2)
			.detected(start.minus(Duration.ofHours(2)).toString())
			.acknowledged(start.minus(Duration.ofHours(1)).toString())
			.resolved(start.toString())
			.insert();
		String resolvedPath = "/api/v1/incidents/" + Incident.number(resolved) + "/waiting";
		Response afterResolution = fixtures.api().post("rita", resolvedPath, Map.of("reason", "THIRD_PARTY"));
		assertThat(afterResolution.status()).isEqualTo(409);
		assertThat(afterResolution.contentType()).startsWith("application/problem+json");
		assertThat(afterResolution.body().get("detail").asText()).contains("resolved");
		assertThat(fixtures.api()
			.get("rita", "/api/v1/incidents/" + Incident.number(resolved) + "/sla")
			.body()
			.get("pauses")).isEmpty();
	}

	private List<String> timeline(String number) {
		return fixtures.incident(number)
			.get("timeline")
			.valueStream()
			.map(entry -> entry.get("type").asText())
			.toList();
	}

	private Instant acknowledgeTimer(String number) {
		return management.createJobQuery()
			.processInstanceId(instance(number))
			.activityId("timer_ack_deadline")
			.timers()
			.singleResult()
			.getDuedate()
			.toInstant();
	}

	/** What the job executor would do now: runs the timers that are due. */
	private void fireDueTimers(String number) {
		for (Job job : management.createJobQuery().processInstanceId(instance(number)).timers().list()) {
			if (!job.getDuedate().after(ClockUtil.getCurrentTime())) {
				management.executeJob(job.getId());
			}
		}
	}

	private String instance(String number) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
	}

	private void at(int minutes) {
		ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(minutes))));
	}

}
