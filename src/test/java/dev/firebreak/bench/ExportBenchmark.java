package dev.firebreak.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import dev.firebreak.FirebreakApplication;
import dev.firebreak.export.IncidentsSheetExport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The issue log's Incidents sheet from N incidents in an H2 file database, against raw
 * POI streaming of the same rows from memory, in the same JVM (docs/performance.md has
 * the command and the figures). Not a test: timings on shared machines are noise unless
 * compared within one run, so it prints a table with ratios instead of asserting.
 * <p>
 * Arguments: the sizes to measure, ascending (default {@code 100000 1000000}), and
 * {@code --rounds=R} (default 2) measured raw-then-real pairs per size, after one warm-up
 * pair at the first size, then one pair that measures heap only. The database is loaded
 * once up to each size in turn, so the first size is also the first part of the next.
 */
public final class ExportBenchmark {

	private static final Path WORK = Path.of("target", "bench");

	/** The label of the runs that measure heap only (a full collection every second). */
	static final String HEAP = "heap";

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Long> sizes = new ArrayList<>();
		int rounds = 2;
		for (String arg : args) {
			if (arg.startsWith("--rounds=")) {
				rounds = Integer.parseInt(arg.substring("--rounds=".length()));
			}
			else {
				sizes.add(Long.parseLong(arg.replace("_", "")));
			}
		}
		if (sizes.isEmpty()) {
			sizes = List.of(100_000L, 1_000_000L);
		}
		FileSystemUtils.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("Export benchmark: %s, %d cores, max heap %d MB, Java %s, load %s%n", sizes,
				runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.version"),
				loadAverage());
		List<Measurement> all = new ArrayList<>();
		try (ConfigurableApplicationContext app = start()) {
			BenchLoader loader = new BenchLoader(app.getBean(DataSource.class));
			long loaded = 0;
			for (long size : sizes) {
				long start = System.nanoTime();
				loader.load(loaded + 1, size);
				System.out.printf("loaded incidents %,d..%,d with %d timeline entries and %d tasks each in %.0f s%n",
						loaded + 1, size, BenchIncidents.ENTRIES, BenchIncidents.STAGES.size(), seconds(start));
				loaded = size;
				RawIncidentsExport raw = RawIncidentsExport.prepare(size);
				if (size == sizes.get(0)) {
					// Later sizes run on code the first one has compiled already.
					measure("warm-up", size, raw, app);
				}
				for (int round = 1; round <= rounds; round++) {
					Pair pair = measure("run " + round, size, raw, app);
					all.add(pair.raw());
					all.add(pair.real());
				}
				Pair heap = measure(HEAP, size, raw, app);
				all.add(heap.raw());
				all.add(heap.real());
				if (size <= SameRows.MAX_ROWS) {
					SameRows.check(WORK.resolve("raw.xlsx"), WORK.resolve("real.xlsx"));
				}
			}
		}
		Measurement.printSummary(all, sizes);
	}

	/** One raw and one real run; prints both. */
	private static Pair measure(String label, long size, RawIncidentsExport raw, ConfigurableApplicationContext app)
			throws IOException {
		Measurement rawRun = run(label, "raw POI", size, WORK.resolve("raw.xlsx"),
				file -> raw.write(size, file) > 0 ? size : 0);
		Measurement realRun = run(label, "export", size, WORK.resolve("real.xlsx"), file -> {
			try (OutputStream out = Files.newOutputStream(file)) {
				return IncidentsSheetExport.write(app, out);
			}
		});
		return new Pair(rawRun, realRun);
	}

	private static Measurement run(String label, String path, long size, Path file, Export export) throws IOException {
		long rows;
		long nanos;
		long cpu;
		HeapWatch heap = new HeapWatch(HEAP.equals(label));
		try (heap) {
			long startCpu = processCpuNanos();
			long start = System.nanoTime();
			rows = export.write(file);
			nanos = System.nanoTime() - start;
			cpu = processCpuNanos() - startCpu;
		}
		if (rows != size) {
			throw new IllegalStateException(path + " wrote " + rows + " rows, expected " + size);
		}
		Measurement measurement = new Measurement(label, path, size, nanos, cpu, heap.baselineMb(), heap.liveGrowthMb(),
				heap.peakUsedMb(), heap.collections(), Files.size(file), loadAverage());
		System.out.println(measurement.line());
		return measurement;
	}

	private static ConfigurableApplicationContext start() {
		String url = "jdbc:h2:file:" + WORK.toAbsolutePath().resolve("db/firebreak") + ";DB_CLOSE_ON_EXIT=FALSE";
		// Command-line arguments, which win over application.yaml: the whole application
		// on
		// its own database, with every background worker off so that only the export
		// runs.
		String[] properties = { "--spring.datasource.url=" + url, "--server.port=0",
				"--camunda.bpm.job-execution.enabled=false", "--firebreak.intake.worker-enabled=false",
				"--firebreak.intake.stale-sweep-interval=1h", "--firebreak.probes.scheduler-enabled=false",
				"--firebreak.reports.scheduler-enabled=false", "--firebreak.exports.sweep-interval=1h",
				"--firebreak.exports.directory=" + WORK.resolve("exports"), "--spring.main.banner-mode=off",
				"--logging.level.root=warn" };
		return new SpringApplicationBuilder(FirebreakApplication.class).run(properties);
	}

	/** The 1-, 5- and 15-minute load averages (Linux). */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return String.join(" ", Arrays.copyOf(fields, 3));
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	/**
	 * CPU time of the whole JVM (all threads, GC included): on a machine other builds
	 * share, the wall-clock rate depends on what they do, this much less.
	 */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	@FunctionalInterface
	private interface Export {

		long write(Path file) throws IOException;

	}

	private record Pair(Measurement raw, Measurement real) {
	}

	static {
		Locale.setDefault(Locale.ROOT);
	}

}
