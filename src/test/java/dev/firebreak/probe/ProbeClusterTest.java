package dev.firebreak.probe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import dev.firebreak.cluster.ClusterLock;
import dev.firebreak.incident.ServiceCatalogue;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.TestServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes run once per cluster: the scheduled tick does nothing while another node holds
 * the "probes" lease, and a due check can be claimed only once, whoever sees it due.
 */
@FirebreakTest
class ProbeClusterTest {

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Probes probes;

	@Autowired
	ProbeRepository repository;

	@Autowired
	SampleRepository samples;

	@Autowired
	Checks checks;

	@Autowired
	ProbeResults results;

	@Autowired
	ClusterLock lock;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	TestHttpServer endpoint;

	Instant start;

	long probe;

	@BeforeEach
	void setUp() {
		endpoint = new TestHttpServer();
		start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ClockUtil.setCurrentTime(Date.from(start));
		String service = TestServices.fresh(catalogue, "cluster", 3, "ops");
		probe = probes
			.create(new ProbeRequest("Cluster health", endpoint.url("/health"), null, 10, 1000, null, null, null, null,
					service, null), "adam")
			.probe()
			.id();
	}

	@AfterEach
	void tearDown() {
		probes.delete(probe);
		jdbc.sql("delete from fb_cluster_lock where name = 'probes'").update();
		ClockUtil.reset();
		endpoint.close();
	}

	@Test
	void theTickRunsChecksOnlyOnTheNodeHoldingTheLease() throws InterruptedException {
		ProbeRunner node = new ProbeRunner(repository, checks, results, lock,
				ProbeProperties.of(true, Duration.ofSeconds(1), 1, 65536, 1000), clock);
		holdLease("another-node", start.plusSeconds(60));

		node.tick();

		assertThat(repository.findLive(probe).orElseThrow().nextRunAt()).as("not claimed").isEqualTo(start);

		holdLease("another-node", start.minusSeconds(1));
		node.tick();
		node.stop(); // waits for the check the tick started

		assertThat(repository.findLive(probe).orElseThrow().nextRunAt()).isEqualTo(start.plusSeconds(10));
		assertThat(samples.find(probe, start, start.plusSeconds(1), 10)).singleElement()
			.satisfies(sample -> assertThat(sample.up()).isTrue());
		assertThat(jdbc.sql("select owner from fb_cluster_lock where name = 'probes'").query(String.class).single())
			.isNotEqualTo("another-node");
	}

	@Test
	void aDueCheckIsClaimedOnce() {
		Probe due = repository.findLive(probe).orElseThrow();

		assertThat(repository.claim(due, start)).isTrue();
		assertThat(repository.claim(due, start)).as("a second node with the same view").isFalse();
	}

	private void holdLease(String owner, Instant until) {
		jdbc.sql("delete from fb_cluster_lock where name = 'probes'").update();
		jdbc.sql("insert into fb_cluster_lock (name, owner, locked_until) values ('probes', ?, ?)")
			.params(owner, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
			.update();
	}

}
