package dev.firebreak.report;

import java.time.LocalDate;
import java.time.YearMonth;

import dev.firebreak.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The periods a review covers: ISO weeks, months and quarters, and the one before each.
 */
class ReviewPeriodTest {

	@Test
	void weeksAreIsoWeeksFromMondayToSunday() {
		ReviewPeriod week = ReviewPeriod.parse("period", "2026-W01");
		assertThat(week.first()).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(week.last()).isEqualTo(LocalDate.of(2026, 1, 4));
		assertThat(week.previous().label()).isEqualTo("2025-W52");
		// 2026 has 53 ISO weeks, 2025 has 52
		assertThat(ReviewPeriod.parse("period", "2026-w53").label()).isEqualTo("2026-W53");
		assertThatThrownBy(() -> ReviewPeriod.parse("period", "2025-W53")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void quartersAndMonths() {
		ReviewPeriod quarter = ReviewPeriod.parse("period", "2026-Q1");
		assertThat(quarter.first()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(quarter.last()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(quarter.previous().label()).isEqualTo("2025-Q4");
		assertThat(ReviewPeriod.parse("period", "2026-03")).isEqualTo(ReviewPeriod.month(YearMonth.of(2026, 3)));
		assertThat(ReviewPeriod.Cadence.MONTH.of(LocalDate.of(2026, 3, 1)).previous().label()).isEqualTo("2026-02");
	}

	@Test
	void anythingElseNamesTheField() {
		for (String text : new String[] { "2026-Q5", "2026-W00", "March", "", "2026-13" }) {
			assertThatThrownBy(() -> ReviewPeriod.parse("period", text)).isInstanceOf(InvalidInput.class)
				.satisfies(ex -> assertThat(((InvalidInput) ex).fieldErrors()).extracting("field")
					.containsExactly("period"));
		}
	}

}
