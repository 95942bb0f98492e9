package dev.firebreak.bench;

import java.util.ArrayList;
import java.util.List;

/** A benchmark's printed result: a few lines, then a Markdown table. */
final class Report {

	private final List<String> lines = new ArrayList<>();

	void line(String format, Object... args) {
		lines.add(format.formatted(args));
	}

	void row(String... cells) {
		lines.add("| " + String.join(" | ", cells) + " |");
	}

	void rule() {
		int columns = (int) lines.get(lines.size() - 1).chars().filter(c -> c == '|').count() - 1;
		lines.add("|" + "---|".repeat(columns));
	}

	void print() {
		System.out.println();
		lines.forEach(System.out::println);
		System.out.println();
	}

}
