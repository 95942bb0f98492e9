package dev.firebreak.notify.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver on 127.0.0.1 and a free port that keeps every request it gets (raw
 * body bytes included) and answers as told: 200 by default, any status, headers and body
 * on demand, or slower than a client's timeout. It can go down (connection refused) and
 * come back on the same port.
 */
public class WebhookReceiver implements AutoCloseable {

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private HttpServer server;

	private int port;

	private java.util.concurrent.ExecutorService executor;

	private volatile int status = 200;

	private volatile String body = "ok";

	private volatile Map<String, String> headers = Map.of();

	private volatile Duration delay = Duration.ZERO;

	private final AtomicBoolean holdNext = new AtomicBoolean();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	public WebhookReceiver() {
		start(0);
	}

	private void start(int onPort) {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::handle);
		executor = java.util.concurrent.Executors.newFixedThreadPool(4);
		server.setExecutor(executor);
		server.start();
		port = server.getAddress().getPort();
	}

	/** A URL of this receiver that looks like a real webhook's, secret path and all. */
	public String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** Stops answering: senders get connection refused. */
	public void down() {
		server.stop(0);
		executor.shutdownNow();
	}

	/** Answers again, on the same port. */
	public void up() {
		start(port);
	}

	public void answer(int status, String body, Map<String, String> headers) {
		this.status = status;
		this.body = body;
		this.headers = headers;
	}

	/**
	 * Holds the next request unanswered until {@link #release} (at most a minute): a
	 * sender provably in the middle of a send. Later requests are answered at once.
	 */
	public void holdNext() {
		gate = new CountDownLatch(1);
		holdNext.set(true);
	}

	public void release() {
		gate.countDown();
	}

	void answerAfter(Duration delay) {
		this.delay = delay;
	}

	/** The next request received, waiting a little for it. */
	Received next() throws InterruptedException {
		Received request = received.poll(5, TimeUnit.SECONDS);
		if (request == null) {
			throw new AssertionError("the receiver got no request");
		}
		return request;
	}

	public List<Received> all() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		down();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] request;
		try (InputStream in = exchange.getRequestBody()) {
			request = in.readAllBytes();
		}
		received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestHeaders(), request, Instant.now()));
		try {
			if (holdNext.compareAndSet(true, false)) {
				gate.await(60, TimeUnit.SECONDS);
			}
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		headers.forEach(exchange.getResponseHeaders()::add);
		byte[] answer = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	/**
	 * @param at when it had arrived whole (the benchmark's notification delays end here)
	 */
	public record Received(String method, String path, Headers headers, byte[] body, Instant at) {

		public String header(String name) {
			return headers.getFirst(name);
		}

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

	}

}
