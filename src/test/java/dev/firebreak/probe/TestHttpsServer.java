package dev.firebreak.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * An HTTPS server on 127.0.0.1 with a certificate of the test's choosing; it can be
 * started again on the same port with another certificate.
 */
class TestHttpsServer implements AutoCloseable {

	private HttpsServer server;

	private int port;

	TestHttpsServer(TestCertificates.Issued certificate) {
		start(0, certificate);
	}

	int port() {
		return port;
	}

	void serve(TestCertificates.Issued certificate) {
		server.stop(0);
		start(port, certificate);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void start(int wanted, TestCertificates.Issued certificate) {
		try {
			server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
		server.createContext("/", exchange -> {
			byte[] body = "OK healthy".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		port = server.getAddress().getPort();
	}

}
