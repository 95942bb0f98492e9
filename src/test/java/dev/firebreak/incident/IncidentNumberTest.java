package dev.firebreak.incident;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentNumberTest {

	@Test
	void numbersAreTheIdZeroPaddedToSixDigits() {
		assertThat(Incident.number(7)).isEqualTo("INC-000007");
		assertThat(Incident.number(0)).isEqualTo("INC-000000");
		assertThat(Incident.number(123456)).isEqualTo("INC-123456");
		assertThat(Incident.number(1234567)).isEqualTo("INC-1234567");
	}

	@Test
	void numbersAreWhatStringFormatWrote() {
		LongStream
			.of(0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999, 100000, 999999, 1000000, 10000000, Long.MAX_VALUE,
					-1, -7, -99999, -100000, -1000000, Long.MIN_VALUE)
			.forEach(id -> assertThat(Incident.number(id)).as("id %d", id).isEqualTo("INC-" + "%06d".formatted(id)));
	}

	@Test
	void idOfReadsANumberBack() {
		assertThat(Incident.idOf(Incident.number(42))).isEqualTo(42);
		assertThat(Incident.idOf(Incident.number(1234567))).isEqualTo(1234567);
	}

}
