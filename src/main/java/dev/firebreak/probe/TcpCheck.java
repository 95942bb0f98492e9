package dev.firebreak.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Opens a TCP connection to host:port and closes it again; sends nothing. Up when the
 * connection is accepted within the timeout, degraded when that took longer than the
 * probe's threshold.
 */
@Component
class TcpCheck implements KindCheck {

	private final TargetPolicy targets;

	TcpCheck(TargetPolicy targets) {
		this.targets = targets;
	}

	@Override
	public ProbeKind kind() {
		return ProbeKind.TCP;
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
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, probe.port()), probe.timeoutMs());
			int elapsed = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			return CheckResult
				.of(CheckStatus.UP, elapsed, null, "connected to " + address.getHostAddress() + ":" + probe.port())
				.slowerThan(probe.degradedAboveMs());
		}
		catch (SocketTimeoutException ex) {
			return CheckResult.down(null, null, "could not connect within " + probe.timeoutMs() + " ms");
		}
		catch (IOException ex) {
			return CheckResult.down(null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
