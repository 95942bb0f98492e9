package dev.firebreak.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts and sizes read as words, never "1 incident(s)" or "10964 bytes". */
class FormatsTest {

	private final Formats fmt = new Formats();

	@Test
	void countsTakeTheNounInTheRightNumber() {
		assertThat(fmt.count(0, "incident")).isEqualTo("0 incidents");
		assertThat(fmt.count(1, "incident")).isEqualTo("1 incident");
		assertThat(fmt.count(2, "row")).isEqualTo("2 rows");
		assertThat(fmt.count(12_345, "row")).isEqualTo("12,345 rows");
		assertThat(fmt.count(1, "entry", "entries")).isEqualTo("1 entry");
		assertThat(fmt.count(3, "entry", "entries")).isEqualTo("3 entries");
	}

	@Test
	void sizesAreInTheUnitThatFits() {
		assertThat(fmt.bytes(0)).isEqualTo("0 bytes");
		assertThat(fmt.bytes(1)).isEqualTo("1 byte");
		assertThat(fmt.bytes(999)).isEqualTo("999 bytes");
		assertThat(fmt.bytes(1_000)).isEqualTo("1.0 kB");
		assertThat(fmt.bytes(10_964)).isEqualTo("11.0 kB");
		assertThat(fmt.bytes(250_400)).isEqualTo("250 kB");
		assertThat(fmt.bytes(999_960)).isEqualTo("1.0 MB");
		assertThat(fmt.bytes(3_240_000)).isEqualTo("3.2 MB");
	}

}
