package dev.firebreak.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The allow-list of networks checks may reach: without one every address passes; with
 * one, every address a host resolves to must be inside a listed network, IPv4 and IPv6
 * alike; a malformed entry stops the start with a message naming it. Loopback names and
 * literals only, so nothing here asks a DNS server.
 */
class TargetPolicyTest {

	@Test
	void withoutAListEveryAddressPasses() throws UnknownHostException {
		TargetPolicy policy = policy(List.of());
		assertThat(policy.restricted()).isFalse();
		assertThat(policy.resolve("127.0.0.1")).containsExactly(InetAddress.getByName("127.0.0.1"));
		assertThat(policy.resolve("10.1.2.3")).hasSize(1);
	}

	@Test
	void aListedNetworkPassesAndEverythingElseIsRefusedWithTheSetting() throws UnknownHostException {
		TargetPolicy policy = policy(List.of("127.0.0.0/8", "::1/128"));
		assertThat(policy.restricted()).isTrue();
		assertThat(policy.resolve("127.0.0.1")).hasSize(1);
		assertThat(policy.resolve("127.200.0.9")).hasSize(1);
		assertThat(policy.resolve("::1")).hasSize(1);
		policy.check("127.0.0.1");

		assertThatThrownBy(() -> policy.resolve("10.0.0.1")).isInstanceOf(TargetPolicy.TargetRefusedException.class)
			.hasMessage("the address 10.0.0.1 of 10.0.0.1 is outside the networks probes may reach"
					+ " (firebreak.probes.allowed-networks)");
		assertThatThrownBy(() -> policy.check("169.254.169.254"))
			.isInstanceOf(TargetPolicy.TargetRefusedException.class);
		assertThatThrownBy(() -> policy.resolve("::2")).isInstanceOf(TargetPolicy.TargetRefusedException.class);
		assertThatThrownBy(() -> policy.resolve("128.0.0.1")).isInstanceOf(TargetPolicy.TargetRefusedException.class);
	}

	@Test
	void aPrefixCountsBitsNotWholeBytes() throws UnknownHostException {
		TargetPolicy policy = policy(List.of("192.168.1.128/25"));
		assertThat(policy.resolve("192.168.1.200")).hasSize(1);
		assertThatThrownBy(() -> policy.resolve("192.168.1.127"))
			.isInstanceOf(TargetPolicy.TargetRefusedException.class);
	}

	@Test
	void aBareAddressIsThatAddressAlone() throws UnknownHostException {
		TargetPolicy policy = policy(List.of("127.0.0.1"));
		assertThat(policy.resolve("127.0.0.1")).hasSize(1);
		assertThatThrownBy(() -> policy.resolve("127.0.0.2")).isInstanceOf(TargetPolicy.TargetRefusedException.class);
	}

	@Test
	void aMalformedEntryStopsTheStartNamingIt() {
		for (String entry : List.of("localhost/8", "10.0.0.0/33", "10.0.0.0/x", "::1/129")) {
			assertThatThrownBy(() -> policy(List.of(entry))).as(entry)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("firebreak.probes.allowed-networks: '" + entry + "'");
		}
	}

	private static TargetPolicy policy(List<String> networks) {
		return new TargetPolicy(new ProbeProperties(true, Duration.ofSeconds(1), 4, 65536, 1000, Duration.ofMinutes(30),
				networks, Map.of(), 10, 10000, Duration.ofDays(90), Duration.ofDays(400), 6));
	}

}
