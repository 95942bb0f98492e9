package dev.firebreak.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How titles are normalised before they become part of a fingerprint. */
class ProblemFingerprintTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Disk 91% full on db-3                                       | disk #% full on db-#
			Disk 95% full on db-3                                       | disk #% full on db-#
			'  Disk   95%  FULL   on   db-3 '                           | disk #% full on db-#
			Job 3f2a9bc4-1d2e-4f5a-8b6c-7d8e9f0a1b2c failed             | job # failed
			JOB 3F2A9BC4-1D2E-4F5A-8B6C-7D8E9F0A1B2C FAILED             | job # failed
			Pod checkout-7d9f8b6c5-x2x4z crashed                        | pod checkout-#-x#x#z crashed
			Deploy of a1b2c3d rolled back                               | deploy of # rolled back
			Latency 2.5s on 10.0.0.12:8080                              | latency #s on #
			Facade cache evicted a decade of entries                    | facade cache evicted a decade of entries
			""")
	void titlesLoseCaseNumbersIdsAndExtraSpace(String title, String normalised) {
		assertThat(Fingerprint.normaliseTitle(title)).isEqualTo(normalised);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PRB-000012 | 12
			12         | 12
			PRB-       | -1
			INC-000012 | -1
			PRB-12a    | -1
			-5         | -1
			""")
	void problemNumbersAndIds(String text, long id) {
		assertThat(ProblemNumbers.idOf(text)).isEqualTo(id);
	}

}
