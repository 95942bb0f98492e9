package dev.firebreak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer of {@code /actuator/prometheus}, read as Prometheus reads its text format:
 * samples by name and labels. A figure asked for by some of its labels is the sum of
 * every sample that carries them, as {@code sum(...)} would give.
 */
final class Scrape {

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+).*$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final List<Sample> samples = new ArrayList<>();

	Scrape(String text) {
		for (String line : text.split("\n")) {
			Matcher sample = SAMPLE.matcher(line);
			if (line.startsWith("#") || !sample.matches()) {
				continue;
			}
			Map<String, String> labels = new HashMap<>();
			if (sample.group(3) != null) {
				Matcher label = LABEL.matcher(sample.group(3));
				while (label.find()) {
					labels.put(label.group(1), label.group(2));
				}
			}
			samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(4))));
		}
	}

	/** The sum of the samples of this name that carry these label pairs; 0 for none. */
	double value(String name, String... labelPairs) {
		return matching(name, labelPairs).stream().mapToDouble(Sample::value).sum();
	}

	double delta(Scrape before, String name, String... labelPairs) {
		return value(name, labelPairs) - before.value(name, labelPairs);
	}

	boolean has(String name, String... labelPairs) {
		return !matching(name, labelPairs).isEmpty();
	}

	/** Every sample name in the answer. */
	Set<String> names() {
		Set<String> names = new TreeSet<>();
		samples.forEach(sample -> names.add(sample.name()));
		return names;
	}

	private List<Sample> matching(String name, String... labelPairs) {
		return samples.stream().filter(sample -> sample.name().equals(name)).filter(sample -> {
			for (int i = 0; i < labelPairs.length; i += 2) {
				if (!labelPairs[i + 1].equals(sample.labels().get(labelPairs[i]))) {
					return false;
				}
			}
			return true;
		}).toList();
	}

	private record Sample(String name, Map<String, String> labels, double value) {
	}

}
