package dev.firebreak.problem;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rule's arithmetic and its settings. */
class ProblemRecurrenceRuleTest {

	private final RecurrenceRule rule = new RecurrenceRule(3, Duration.ofDays(30));

	@Test
	void theCountThatReachesTheThresholdRequiresRootCauseAnalysis() {
		assertThat(rule.requiresRootCauseAnalysis(2)).isFalse();
		assertThat(rule.requiresRootCauseAnalysis(3)).isTrue();
		assertThat(rule.requiresRootCauseAnalysis(4)).isTrue();
	}

	@Test
	void theWindowEndsAtTheIncidentsDetection() {
		assertThat(rule.windowStart(Instant.parse("2026-02-04T09:00:00Z")))
			.isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
	}

	@Test
	void reasonsNameTheProblemAndTheRule() {
		assertThat(new RecurrenceRule(2, Duration.ofHours(36)).reason("PRB-000007")).isEqualTo(
				"Recurring problem PRB-000007: at least 2 incidents within PT36H up to this one (rule: 2 within PT36H).");
	}

	@Test
	void settingsThatCannotWorkAreRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProblemProperties(0, Duration.ofDays(30)))
			.withMessageContaining("recurrence-threshold");
		assertThatIllegalArgumentException().isThrownBy(() -> new ProblemProperties(3, Duration.ZERO))
			.withMessageContaining("recurrence-window");
	}

}
