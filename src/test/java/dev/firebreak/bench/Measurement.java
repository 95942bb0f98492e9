package dev.firebreak.bench;

import java.util.List;

/**
 * One measured run of one path, and the table the benchmark ends with.
 *
 * @param cpuNanos CPU time of the whole JVM during the run (all threads, GC included)
 * @param baselineMb used heap after a full collection before the run
 * @param liveGrowthMb highest used heap after a collection during the run, minus the
 * baseline
 * @param peakUsedMb highest used heap sampled during the run, garbage included
 * @param loadAverage the machine's 1-, 5- and 15-minute load averages when it ended
 */
record Measurement(String label, String path, long rows, long nanos, long cpuNanos, long baselineMb, long liveGrowthMb,
		long peakUsedMb, long collections, long fileBytes, String loadAverage) {

	double rowsPerSecond() {
		return rows / (nanos / 1e9);
	}

	/** Rows per second of CPU time, all threads counted. */
	double rowsPerCpuSecond() {
		return rows / (cpuNanos / 1e9);
	}

	String line() {
		return String.format(
				"%-8s %-8s %,10d rows %7.1f s %,9.0f rows/s (CPU %5.1f s, %,7.0f rows/CPU-s)  heap: baseline %4d MB, live growth %4d MB,"
						+ " peak used %4d MB, %3d GCs  file %5.1f MB  load %s",
				label, path, rows, nanos / 1e9, rowsPerSecond(), cpuNanos / 1e9, rowsPerCpuSecond(), baselineMb,
				liveGrowthMb, peakUsedMb, collections, fileBytes / 1e6, loadAverage);
	}

	/**
	 * Per size: mean rows/s of each path over the measured runs, their ratio, and the
	 * largest live heap growth of each, as a Markdown table.
	 */
	static void printSummary(List<Measurement> runs, List<Long> sizes) {
		System.out.println();
		System.out.println("| incidents | raw POI rows/s | export rows/s | export / raw | export / raw, per CPU-s"
				+ " | raw live heap growth | export live heap growth | export peak used heap | load average (1/5/15 min) |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
		for (long size : sizes) {
			List<Measurement> raw = of(runs, size, "raw POI");
			List<Measurement> real = of(runs, size, "export");
			List<Measurement> rawSpeed = raw.stream().filter(run -> !run.label().equals(ExportBenchmark.HEAP)).toList();
			List<Measurement> realSpeed = real.stream()
				.filter(run -> !run.label().equals(ExportBenchmark.HEAP))
				.toList();
			double rawRate = rawSpeed.stream().mapToDouble(Measurement::rowsPerSecond).average().orElse(0);
			double realRate = realSpeed.stream().mapToDouble(Measurement::rowsPerSecond).average().orElse(0);
			double rawCpuRate = rawSpeed.stream().mapToDouble(Measurement::rowsPerCpuSecond).average().orElse(0);
			double realCpuRate = realSpeed.stream().mapToDouble(Measurement::rowsPerCpuSecond).average().orElse(0);
			System.out.printf("| %,d | %,.0f | %,.0f | %.2f | %.2f | %s | %s | %d MB | %s |%n", size, rawRate, realRate,
					realRate / rawRate, realCpuRate / rawCpuRate, growth(raw), growth(real),
					realSpeed.stream().mapToLong(Measurement::peakUsedMb).max().orElse(0),
					realSpeed.isEmpty() ? "" : realSpeed.get(realSpeed.size() - 1).loadAverage());
		}
	}

	/**
	 * "live MB (upper bound MB)": from the heap run, and the largest of the speed runs.
	 */
	private static String growth(List<Measurement> runs) {
		long live = runs.stream()
			.filter(run -> run.label().equals(ExportBenchmark.HEAP))
			.mapToLong(Measurement::liveGrowthMb)
			.max()
			.orElse(-1);
		long bound = runs.stream()
			.filter(run -> !run.label().equals(ExportBenchmark.HEAP))
			.mapToLong(Measurement::liveGrowthMb)
			.max()
			.orElse(-1);
		return live + " MB (" + bound + " MB)";
	}

	private static List<Measurement> of(List<Measurement> runs, long size, String path) {
		return runs.stream().filter(run -> run.rows() == size && run.path().equals(path)).toList();
	}

}
