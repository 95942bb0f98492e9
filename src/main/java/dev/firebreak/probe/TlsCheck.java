package dev.firebreak.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import org.springframework.stereotype.Component;

/**
 * A TLS handshake with host:port (SNI set to the host), judged by the server's
 * certificate: expired or not yet valid, or not issued for the host → down; a chain the
 * JVM does not trust → down, unless the probe allows it (a self-signed certificate);
 * expiring within the probe's warning days → degraded. The handshake itself accepts any
 * certificate, so that the check can always say whose it is and when it expires: every
 * result names the issuer and the expiry. "Now" comes from the clock, so tests can move
 * it toward the expiry.
 */
@Component
class TlsCheck implements KindCheck {

	private final TargetPolicy targets;

	private final Clock clock;

	TlsCheck(TargetPolicy targets, Clock clock) {
		this.targets = targets;
		this.clock = clock;
	}

	@Override
	public ProbeKind kind() {
		return ProbeKind.TLS;
	}

	@Override
	public CheckResult run(Probe probe) {
		InetAddress address;
		try {
			address = targets.resolve(probe.host())[0];
		}
		catch (UnknownHostException ex) {
			return CheckResult.down(null, null, "unknown host " + probe.host());
		}
		catch (TargetPolicy.TargetRefusedException ex) {
			return CheckResult.down(null, null, ex.getMessage());
		}
		long started = System.nanoTime();
		Capturing trust = new Capturing();
		X509Certificate[] chain;
		try (Socket raw = new Socket()) {
			raw.connect(new InetSocketAddress(address, probe.port()), probe.timeoutMs());
			int left = (int) Math.max(1, probe.timeoutMs() - elapsed(started));
			raw.setSoTimeout(left);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { trust }, null);
			try (SSLSocket socket = (SSLSocket) context.getSocketFactory()
				.createSocket(raw, probe.host(), probe.port(), false)) {
				if (!isAddress(probe.host())) {
					SSLParameters parameters = socket.getSSLParameters();
					parameters.setServerNames(List.of(new SNIHostName(probe.host())));
					socket.setSSLParameters(parameters);
				}
				socket.startHandshake();
				chain = (X509Certificate[]) socket.getSession().getPeerCertificates();
			}
		}
		catch (SocketTimeoutException ex) {
			return CheckResult.down(null, null, "no TLS handshake within " + probe.timeoutMs() + " ms");
		}
		catch (SSLException ex) {
			return CheckResult.down(null, null, "TLS handshake failed: " + ex.getMessage());
		}
		catch (IOException | GeneralSecurityException ex) {
			return CheckResult.down(null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		return judge(probe, chain, trust.problem, (int) elapsed(started));
	}

	private CheckResult judge(Probe probe, X509Certificate[] chain, String untrusted, int elapsed) {
		X509Certificate leaf = chain[0];
		Instant now = clock.instant();
		Instant notAfter = leaf.getNotAfter().toInstant();
		long daysLeft = Duration.between(now, notAfter).toDays();
		String detail = "issuer " + leaf.getIssuerX500Principal().getName() + ", subject "
				+ leaf.getSubjectX500Principal().getName() + ", expires " + notAfter
				+ (now.isBefore(notAfter) ? " (in " + daysLeft + " days)" : "");
		if (!now.isBefore(notAfter)) {
			return CheckResult.of(CheckStatus.DOWN, elapsed, "the certificate expired at " + notAfter, detail);
		}
		if (now.isBefore(leaf.getNotBefore().toInstant())) {
			return CheckResult.of(CheckStatus.DOWN, elapsed,
					"the certificate is not valid before " + leaf.getNotBefore().toInstant(), detail);
		}
		List<String> names = names(leaf);
		if (!matches(probe.host(), names)) {
			return CheckResult.of(CheckStatus.DOWN, elapsed,
					"the certificate does not match " + probe.host() + ": it is for " + names, detail);
		}
		if (untrusted != null && !Boolean.TRUE.equals(probe.allowUntrusted())) {
			return CheckResult.of(CheckStatus.DOWN, elapsed, "the certificate chain is not trusted: " + untrusted
					+ " (allowUntrusted accepts a self-signed certificate)", detail);
		}
		if (daysLeft < probe.warnDays()) {
			return CheckResult.of(CheckStatus.DEGRADED, elapsed,
					"the certificate expires in " + daysLeft + " days (warning at " + probe.warnDays() + ")", detail);
		}
		return CheckResult.of(CheckStatus.UP, elapsed, null, detail);
	}

	/**
	 * The names a certificate is for: its DNS and IP subject alternative names, else its
	 * CN.
	 */
	static List<String> names(X509Certificate certificate) {
		List<String> names = new ArrayList<>();
		try {
			Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
			if (alternatives != null) {
				for (List<?> entry : alternatives) {
					int type = (Integer) entry.get(0);
					if (type == 2 || type == 7) {
						names.add(String.valueOf(entry.get(1)));
					}
				}
			}
		}
		catch (CertificateParsingException ex) {
			// judged by the CN below
		}
		if (names.isEmpty()) {
			for (String part : certificate.getSubjectX500Principal().getName().split(",")) {
				if (part.trim().startsWith("CN=")) {
					names.add(part.trim().substring(3));
				}
			}
		}
		return names;
	}

	/**
	 * Whether the host is one of the names: addresses compared as addresses, names
	 * without case, and a wildcard standing for exactly one left-most label.
	 */
	static boolean matches(String host, List<String> names) {
		String wanted = host.toLowerCase(Locale.ROOT);
		if (wanted.endsWith(".")) {
			wanted = wanted.substring(0, wanted.length() - 1);
		}
		for (String name : names) {
			String candidate = name.toLowerCase(Locale.ROOT);
			if (isAddress(wanted) || isAddress(candidate)) {
				if (isAddress(wanted) && isAddress(candidate) && sameAddress(wanted, candidate)) {
					return true;
				}
				continue;
			}
			if (candidate.equals(wanted)) {
				return true;
			}
			if (candidate.startsWith("*.") && wanted.indexOf('.') > 0
					&& wanted.substring(wanted.indexOf('.')).equals(candidate.substring(1))) {
				return true;
			}
		}
		return false;
	}

	static boolean isAddress(String host) {
		return host.matches("[0-9.]+") && host.chars().filter(c -> c == '.').count() == 3 || host.contains(":")
				|| host.startsWith("[");
	}

	private static boolean sameAddress(String a, String b) {
		try {
			return InetAddress.getByName(strip(a)).equals(InetAddress.getByName(strip(b)));
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static String strip(String address) {
		return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
	}

	private static long elapsed(long started) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	/**
	 * Accepts every chain, so the handshake completes, and notes whether the JVM's own
	 * trust store would have (without the host name check, which is judged apart).
	 */
	private static final class Capturing extends X509ExtendedTrustManager {

		String problem;

		private void check(X509Certificate[] chain, String authType) {
			try {
				defaultTrust().checkServerTrusted(chain, authType);
			}
			catch (GeneralSecurityException | RuntimeException ex) {
				problem = ex.getMessage();
			}
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
			check(chain, authType);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			check(chain, authType);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
			check(chain, authType);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
			throw new UnsupportedOperationException("a probe is never a server");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			throw new UnsupportedOperationException("a probe is never a server");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			throw new UnsupportedOperationException("a probe is never a server");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}

		private static X509TrustManager defaultTrust() throws GeneralSecurityException {
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init((KeyStore) null);
			for (TrustManager manager : factory.getTrustManagers()) {
				if (manager instanceof X509TrustManager x509) {
					return x509;
				}
			}
			throw new GeneralSecurityException("the JVM has no X.509 trust manager");
		}

	}

}
