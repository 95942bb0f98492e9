package dev.firebreak.probe;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The optional allow-list of networks checks may connect to
 * ({@code firebreak.probes.allowed-networks}): without one, any address the server can
 * reach. With one, every address a host resolves to must be inside a listed network, so
 * that a probe cannot be pointed at an internal system the operator did not mean to
 * expose. Data-integrity checks connect only to data sources the operator configured and
 * are not subject to it.
 */
@Component
class TargetPolicy {

	private final List<Network> allowed = new ArrayList<>();

	TargetPolicy(ProbeProperties properties) {
		properties.allowedNetworks().forEach(cidr -> allowed.add(Network.parse(cidr)));
	}

	/** Whether an allow-list is configured. */
	boolean restricted() {
		return !allowed.isEmpty();
	}

	/**
	 * Resolves the host and checks every address.
	 * @return the addresses, to connect to the first
	 * @throws TargetRefusedException when an address is outside the allowed networks
	 * @throws UnknownHostException when the host does not resolve
	 */
	InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = InetAddress.getAllByName(host);
		if (restricted()) {
			for (InetAddress address : addresses) {
				if (allowed.stream().noneMatch(network -> network.contains(address))) {
					throw new TargetRefusedException("the address " + address.getHostAddress() + " of " + host
							+ " is outside the networks probes may reach (firebreak.probes.allowed-networks)");
				}
			}
		}
		return addresses;
	}

	/** Checks the host without using its addresses (the HTTP client resolves again). */
	void check(String host) throws UnknownHostException {
		if (restricted()) {
			resolve(host);
		}
	}

	/** An address and prefix length, such as 10.0.0.0/8 or fd00::/8. */
	record Network(byte[] address, int prefix) {

		static Network parse(String cidr) {
			String[] parts = cidr.trim().split("/", 2);
			try {
				// a literal only: never a name lookup at start-up
				if (!parts[0].matches("[0-9a-fA-F:.]+")) {
					throw new IllegalArgumentException("not an IP address");
				}
				byte[] address = InetAddress.getByName(parts[0]).getAddress();
				int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
				if (prefix < 0 || prefix > address.length * 8) {
					throw new IllegalArgumentException("prefix out of range");
				}
				return new Network(address, prefix);
			}
			catch (UnknownHostException | IllegalArgumentException ex) {
				throw new IllegalStateException("firebreak.probes.allowed-networks: '" + cidr
						+ "' is not a network such as 10.0.0.0/8 (" + ex.getMessage() + ")", ex);
			}
		}

		boolean contains(InetAddress candidate) {
			byte[] other = candidate.getAddress();
			if (other.length != address.length) {
				return false;
			}
			int bits = address.length * 8;
			BigInteger mask = BigInteger.ONE.shiftLeft(bits)
				.subtract(BigInteger.ONE)
				.xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
			return new BigInteger(1, address).and(mask).equals(new BigInteger(1, other).and(mask));
		}

	}

	/** A target outside the allowed networks: the check is down without connecting. */
	static class TargetRefusedException extends RuntimeException {

		TargetRefusedException(String message) {
			super(message);
		}

	}

}
