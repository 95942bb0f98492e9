package dev.firebreak.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a host or DNS name a probe is given must look like. Never looks anything up. */
final class HostNames {

	/** A DNS label; underscores are allowed for names such as _dmarc.example.org. */
	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private HostNames() {
	}

	/**
	 * @return what is wrong with a name to look up in DNS, or empty
	 */
	static Optional<String> dnsNameProblem(String name) {
		String value = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		if (value.isEmpty() || value.length() > 253) {
			return Optional.of("is not a valid DNS name: it must have 1 to 253 characters");
		}
		for (String label : value.split("\\.", -1)) {
			if (!LABEL.matcher(label).matches()) {
				return Optional.of("is not a valid DNS name: '" + label
						+ "' must be 1 to 63 letters, digits, hyphens or underscores, not starting or ending with a hyphen");
			}
		}
		return Optional.empty();
	}

	/**
	 * @return what is wrong with a host to connect to (a name or an IP address), or empty
	 */
	static Optional<String> hostProblem(String host) {
		if (literal(host).isPresent()) {
			return Optional.empty();
		}
		if (IPV4.matcher(host).matches() || host.contains(":")) {
			return Optional.of("is not a valid IP address");
		}
		if (host.contains("_")) {
			return Optional.of("is not a valid host name: host names have no underscores");
		}
		return dnsNameProblem(host).map(problem -> problem.replace("DNS name", "host name"));
	}

	/** The address a literal IPv4 or IPv6 text names; empty for anything else. */
	static Optional<InetAddress> literal(String host) {
		String value = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		boolean v4 = IPV4.matcher(value).matches();
		boolean v6 = value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
		if (!v4 && !v6) {
			return Optional.empty();
		}
		if (v4) {
			for (String part : value.split("\\.")) {
				if (Integer.parseInt(part) > 255) {
					return Optional.empty();
				}
			}
		}
		try {
			// a literal: InetAddress parses it without a lookup
			return Optional.of(InetAddress.getByName(value));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

}
