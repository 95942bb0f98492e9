package dev.firebreak.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20 senders post the same alert 50 times each while 4 workers (as if on 4 nodes) drain
 * the inbox: exactly one incident, with 1000 occurrences. Run on H2 and on MySQL.
 */
abstract class AbstractIntakeConcurrencyTest extends IntakeTestSupport {

	@Test
	void aThousandConcurrentRepeatsMakeOneIncident() throws Exception {
		String checkout = service("checkout", 1, "payments");
		String key = integration(IntegrationType.GENERIC, checkout).key();
		String alert = """
				{"dedupKey": "checkout-down", "title": "Checkout down", "severity": "critical", "service": "%s"}"""
			.formatted(checkout);
		ExecutorService pool = Executors.newFixedThreadPool(24);
		try {
			List<Future<Integer>> senders = new ArrayList<>();
			for (int sender = 0; sender < 20; sender++) {
				senders.add(pool.submit(() -> {
					int accepted = 0;
					for (int i = 0; i < 50; i++) {
						accepted += post("/api/v1/intake/generic", key, alert).status() == 202 ? 1 : 0;
					}
					return accepted;
				}));
			}
			List<Future<Integer>> workers = new ArrayList<>();
			Callable<Integer> drainWhileSending = () -> {
				int processed = 0;
				while (!senders.stream().allMatch(Future::isDone)) {
					processed += drain();
				}
				return processed + drain();
			};
			for (int worker = 0; worker < 4; worker++) {
				workers.add(pool.submit(drainWhileSending));
			}
			int accepted = 0;
			for (Future<Integer> sender : senders) {
				accepted += sender.get();
			}
			for (Future<Integer> worker : workers) {
				worker.get();
			}
			drain();
			assertThat(accepted).isEqualTo(1000);
		}
		finally {
			pool.shutdownNow();
		}

		List<JsonNode> incidents = incidentsOf(checkout);
		assertThat(incidents).hasSize(1);
		assertThat(incident(incidents.get(0).get("number").asText()).get("occurrences").asInt()).isEqualTo(1000);
		assertThat(jdbc.sql("select count(*) from fb_alert_event where status <> 'DONE' and payload like ?")
			.param("%" + checkout + "%")
			.query(Long.class)
			.single()).isZero();
	}

}
