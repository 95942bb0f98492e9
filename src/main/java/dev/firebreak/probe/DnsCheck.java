package dev.firebreak.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import org.springframework.stereotype.Component;

/**
 * Looks a name up in DNS through the JDK's own DNS client (JNDI's DNS provider, module
 * {@code jdk.naming.dns}), which can ask any record type of any server: the probe's
 * {@code dnsServer}, or the system's resolvers. Up when there are records of the type
 * and, if the probe expects a value, one of them equals it; down for no such name, no
 * records of the type, another value, or no answer within the timeout. The answers are
 * the sample's detail.
 */
@Component
class DnsCheck implements KindCheck {

	private final TargetPolicy targets;

	DnsCheck(TargetPolicy targets) {
		this.targets = targets;
	}

	@Override
	public ProbeKind kind() {
		return ProbeKind.DNS;
	}

	@Override
	public CheckResult run(Probe probe) {
		String server;
		try {
			server = serverUrl(probe.dnsServer());
		}
		catch (UnknownHostException ex) {
			return CheckResult.down(null, null, "unknown DNS server " + probe.dnsServer());
		}
		catch (TargetPolicy.TargetRefusedException ex) {
			return CheckResult.down(null, null, ex.getMessage());
		}
		String type = probe.recordType().name();
		Hashtable<String, String> environment = new Hashtable<>();
		environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
		environment.put(Context.PROVIDER_URL, server);
		// one try of the whole timeout: the provider doubles the wait at each retry
		environment.put("com.sun.jndi.dns.timeout.initial", String.valueOf(probe.timeoutMs()));
		environment.put("com.sun.jndi.dns.timeout.retries", "1");
		long started = System.nanoTime();
		List<String> answers = new ArrayList<>();
		DirContext context = null;
		try {
			context = new InitialDirContext(environment);
			Attributes attributes = context.getAttributes(probe.host(), new String[] { type });
			Attribute records = attributes.get(type);
			if (records != null) {
				NamingEnumeration<?> values = records.getAll();
				while (values.hasMore()) {
					answers.add(String.valueOf(values.next()));
				}
			}
		}
		catch (NameNotFoundException ex) {
			return CheckResult.down(null, elapsed(started), probe.host() + " does not exist (NXDOMAIN)");
		}
		catch (CommunicationException ex) {
			return CheckResult.down(null, null,
					"no answer from " + (probe.dnsServer() == null ? "the DNS servers" : probe.dnsServer()) + " within "
							+ probe.timeoutMs() + " ms");
		}
		catch (NamingException ex) {
			return CheckResult.down(null, null, "DNS lookup failed: " + ex.getMessage());
		}
		finally {
			close(context);
		}
		int elapsed = elapsed(started);
		String detail = type + " " + probe.host() + ": "
				+ (answers.isEmpty() ? "no records" : String.join(", ", answers));
		if (answers.isEmpty()) {
			return CheckResult.of(CheckStatus.DOWN, elapsed, "no " + type + " records for " + probe.host(), detail);
		}
		if (probe.expectedValue() != null
				&& answers.stream().noneMatch(answer -> same(probe.recordType(), answer, probe.expectedValue()))) {
			return CheckResult.of(CheckStatus.DOWN, elapsed,
					"no " + type + " record equals '" + probe.expectedValue() + "'", detail);
		}
		return CheckResult.of(CheckStatus.UP, elapsed, null, detail).slowerThan(probe.degradedAboveMs());
	}

	/** {@code dns:} for the system's resolvers, else {@code dns://host:port}. */
	private String serverUrl(String dnsServer) throws UnknownHostException {
		if (dnsServer == null) {
			return "dns:";
		}
		HostPort server = HostPort.parse(dnsServer, 53);
		targets.check(server.host());
		String host = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
		return "dns://" + host + ":" + server.port();
	}

	/**
	 * Whether an answer is the expected value: names without case or a trailing dot, an
	 * MX record also by its host alone, a TXT record without its quotes, addresses as
	 * addresses.
	 */
	static boolean same(RecordType type, String answer, String expected) {
		String found = normal(type, answer);
		String wanted = normal(type, expected);
		if (found.equals(wanted)) {
			return true;
		}
		if (type == RecordType.MX && found.indexOf(' ') > 0) {
			return found.substring(found.indexOf(' ') + 1).equals(wanted);
		}
		if (type == RecordType.A || type == RecordType.AAAA) {
			try {
				return InetAddress.getByName(found).equals(InetAddress.getByName(wanted));
			}
			catch (UnknownHostException ex) {
				return false;
			}
		}
		return false;
	}

	private static String normal(RecordType type, String value) {
		String text = value.trim();
		if (type == RecordType.TXT) {
			return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
					? text.substring(1, text.length() - 1) : text;
		}
		text = text.toLowerCase(Locale.ROOT);
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	private static int elapsed(long started) {
		return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	private static void close(DirContext context) {
		if (context != null) {
			try {
				context.close();
			}
			catch (NamingException ex) {
				// nothing held open
			}
		}
	}

}
