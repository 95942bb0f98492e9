package dev.firebreak.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An endpoint for probes to check, on 127.0.0.1 and a free port: it answers 200 "OK
 * healthy" until told otherwise, and can be stopped (connection refused) and started
 * again on the same port.
 */
class TestHttpServer implements AutoCloseable {

	private volatile int status = 200;

	private volatile String body = "OK healthy";

	private HttpServer server;

	private int port;

	TestHttpServer() {
		start(0);
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	void answer(int status, String body) {
		this.status = status;
		this.body = body;
	}

	void stop() {
		server.stop(0);
		server = null;
	}

	void restart() {
		start(port);
	}

	@Override
	public void close() {
		if (server != null) {
			stop();
		}
	}

	private void start(int wanted) {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::handle);
		server.start();
		port = server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		boolean head = "HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			if (!head) {
				out.write(bytes);
			}
		}
	}

}
