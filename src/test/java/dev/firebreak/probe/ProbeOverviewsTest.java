package dev.firebreak.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import dev.firebreak.probe.ProbeOverviews.ProbeOverview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the probe list shows beside a probe's settings, from a real TCP listener on
 * loopback: pending before the first check, then up with its latency, then down with the
 * number of the incident its alert opened, and the last day's availability from the
 * samples; after the recovery the incident stays listed, since a recovery never closes it
 * by itself.
 */
@FirebreakTest
class ProbeOverviewsTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProbeOverviews overviews;

	ProbeScenario scenario;

	@BeforeEach
	void setUp() {
		scenario = new ProbeScenario(new ApiClient(port), context, TestServices.fresh(catalogue, "list", 2, "ops"),
				Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	@AfterEach
	void tearDown() {
		scenario.close();
	}

	@Test
	void theListFollowsAProbeFromPendingThroughDownToUp() throws IOException {
		ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		int listening = listener.getLocalPort();
		long id = scenario.create(Map.of("kind", "TCP", "name", "Port", "host", "127.0.0.1", "port", listening,
				"intervalSeconds", 10, "timeoutMs", 1000, "failuresBeforeAlert", 1))
			.get("id")
			.asLong();

		ProbeOverview pending = overview(id);
		assertThat(pending.state()).isEqualTo("pending");
		assertThat(pending.lastSample()).isNull();
		assertThat(pending.lastDay().uptimePercent()).isNull();
		assertThat(pending.incident()).isNull();

		scenario.run();
		ProbeOverview up = overview(id);
		assertThat(up.state()).isEqualTo("up");
		assertThat(up.lastSample().responseMs()).isNotNull();
		assertThat(up.lastDay().uptimePercent()).isEqualTo(100.0);

		listener.close();
		scenario.later(10);
		scenario.run();
		scenario.drain();
		String number = scenario.incidents().get(0).get("number").asText();
		ProbeOverview down = overview(id);
		assertThat(down.state()).isEqualTo("down");
		assertThat(down.incident()).isEqualTo(number);
		assertThat(down.lastDay().samples()).isEqualTo(2);
		assertThat(down.lastDay().uptimePercent()).isEqualTo(50.0);

		try (ServerSocket back = new ServerSocket(listening, 50, InetAddress.getLoopbackAddress())) {
			scenario.later(10);
			scenario.run();
			scenario.drain();
			ProbeOverview recovered = overview(id);
			assertThat(recovered.state()).isEqualTo("up");
			assertThat(recovered.incident()).as("a recovery never closes the incident: it stays listed until people do")
				.isEqualTo(number);
		}
	}

	private ProbeOverview overview(long id) {
		return overviews.list().stream().filter(o -> o.probe().id() == id).findFirst().orElseThrow();
	}

}
