package dev.firebreak.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Time from launching a JVM to its first healthy answer: the same java binary, heap flags
 * and class path as the benchmark's own JVM, only the main class and its arguments
 * differ. The process is stopped as soon as it answered.
 */
final class ColdStart {

	private static final Duration PATIENCE = Duration.ofMinutes(10);

	private final Path logs;

	ColdStart(Path logs) {
		this.logs = logs;
	}

	/**
	 * @param healthPath answers 200 once the application is healthy
	 * @return seconds from launch to that answer
	 */
	double seconds(String label, String mainClass, List<String> arguments, String healthPath)
			throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx2g", "-XX:+UseParallelGC", "-Duser.timezone=UTC", "-cp",
				System.getProperty("java.class.path"), mainClass, "--server.port=" + port));
		command.addAll(arguments);
		Files.createDirectories(logs);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + healthPath))
			.timeout(Duration.ofSeconds(5))
			.build();
		long began = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(logs.resolve(label.replaceAll("[^a-z0-9]+", "-") + ".log").toFile())
			.start();
		try {
			while (System.nanoTime() - began < PATIENCE.toNanos()) {
				if (!process.isAlive()) {
					throw new IllegalStateException(label + " ended with " + process.exitValue() + "; see " + logs);
				}
				try {
					if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return (System.nanoTime() - began) / 1e9;
					}
				}
				catch (IOException notListeningYet) {
					// the port opens late in the start
				}
				Thread.sleep(50);
			}
			throw new IllegalStateException(label + " was not healthy within " + PATIENCE);
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
