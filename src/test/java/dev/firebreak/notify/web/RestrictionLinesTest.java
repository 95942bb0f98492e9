package dev.firebreak.notify.web;

import java.util.ArrayList;
import java.util.List;

import dev.firebreak.notify.schedule.Restriction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's restriction lines: read as people write them, written back tidily. */
class RestrictionLinesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Mon-Fri 09:00-17:00      | Mon-Fri 09:00-17:00
			monday-friday 9:00-17:00 | Mon-Fri 09:00-17:00
			Sat, Sun 10:00 – 14:00   | Sat-Sun 10:00-14:00
			Fri-Mon 22:00-06:00      | Mon,Fri-Sun 22:00-06:00
			Mon,Wed,Fri 08:00-12:00  | Mon,Wed,Fri 08:00-12:00
			22:00-06:00              | 22:00-06:00
			Mon-Sun 00:00-12:00      | 00:00-12:00
			""")
	void aLineIsReadAndWrittenBack(String line, String written) {
		List<String> problems = new ArrayList<>();

		List<Restriction> read = RestrictionLines.parse(line, problems);

		assertThat(problems).isEmpty();
		assertThat(RestrictionLines.format(read)).isEqualTo(written);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Mon to Fri, 9 till 5
			Mo-Fr 09:00-17:00
			Funday 09:00-17:00
			Mon-Fri 25:00-26:00
			Mon-Fri
			""")
	void aLineThatCannotBeReadIsNamed(String line) {
		List<String> problems = new ArrayList<>();

		RestrictionLines.parse("Mon-Fri 09:00-17:00\n" + line, problems);

		assertThat(problems).singleElement().asString().startsWith("Line 2 (").contains("like Mon-Fri 09:00-17:00");
	}

}
