package dev.firebreak.probe;

/** A host with an optional port: {@code host}, {@code host:port}, {@code [v6]:port}. */
record HostPort(String host, int port) {

	/**
	 * @throws IllegalArgumentException when the port is not a number from 1 to 65535
	 */
	static HostPort parse(String text, int defaultPort) {
		String value = text.trim();
		if (value.startsWith("[")) {
			int close = value.indexOf(']');
			if (close < 0) {
				throw new IllegalArgumentException("an IPv6 address in brackets must end with ]");
			}
			String rest = value.substring(close + 1);
			return new HostPort(value.substring(1, close), rest.isEmpty() ? defaultPort : port(rest.substring(1)));
		}
		int colon = value.indexOf(':');
		if (colon < 0 || value.indexOf(':', colon + 1) >= 0) {
			// no port, or a bare IPv6 address
			return new HostPort(value, defaultPort);
		}
		return new HostPort(value.substring(0, colon), port(value.substring(colon + 1)));
	}

	private static int port(String text) {
		try {
			int port = Integer.parseInt(text);
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException("the port must be from 1 to 65535");
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a port");
		}
	}

}
