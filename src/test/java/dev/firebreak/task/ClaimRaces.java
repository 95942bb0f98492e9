package dev.firebreak.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient.Response;
import org.camunda.bpm.engine.TaskService;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the H2 and the MySQL claim-race tests share: incidents whose diagnose task three
 * people of its team claim at the same moment, through real HTTP. Exactly one is told 200
 * and holds the task, in our rows and in the engine; the others are told 409
 * problem+json, which is no error worth an ERROR line in the log.
 */
final class ClaimRaces {

	private static final List<String> RIVALS = List.of("rita", "ravi", "mona");

	private ClaimRaces() {
	}

	static void raceOneWinnerEach(TaskFixtures fixtures, TaskService engine, CapturedOutput output, int races)
			throws Exception {
		String service = fixtures.service("race", 2, "ops");
		ExecutorService pool = Executors.newFixedThreadPool(RIVALS.size());
		try {
			for (int race = 0; race < races; race++) {
				String number = fixtures.report("mona", service, "Race " + race, "HIGH", "MEDIUM");
				String taskId = fixtures.openTask(number, "DIAGNOSIS");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Response>> claims = new ArrayList<>();
				for (String rival : RIVALS) {
					claims.add(pool.submit(() -> {
						start.await();
						return fixtures.api().post(rival, "/api/v1/tasks/" + taskId + "/claim", null);
					}));
				}
				start.countDown();
				List<String> winners = new ArrayList<>();
				for (int i = 0; i < RIVALS.size(); i++) {
					Response response = claims.get(i).get();
					if (response.status() == 200) {
						winners.add(RIVALS.get(i));
					}
					else {
						assertThat(response.status()).as(response.body().toString()).isEqualTo(409);
						assertThat(response.contentType()).startsWith("application/problem+json");
					}
				}
				assertThat(winners).as("race %d for %s", race, taskId).hasSize(1);
				JsonNode task = fixtures.incident(number).at("/openTasks/0");
				assertThat(task.get("assignee").asText()).isEqualTo(winners.get(0));
				assertThat(engine.createTaskQuery().taskId(taskId).singleResult().getAssignee())
					.isEqualTo(winners.get(0));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR "))).as("a lost race is no error")
			.noneMatch(line -> line.contains("claim") || line.contains("Task conflict")
					|| line.contains("OptimisticLocking"));
	}

}
