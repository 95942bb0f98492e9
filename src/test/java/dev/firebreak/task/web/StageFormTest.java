package dev.firebreak.task.web;

import java.util.Map;

import dev.firebreak.incident.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's form fields become the JSON body the API takes, field by field as the stage's
 * report declares them.
 */
class StageFormTest {

	@Test
	void aHotfixReadsItsTimeAsUtcAndItsAnswerAsABoolean() {
		Map<String, String> fields = Map.of("changeDescription", "Raise the pool", "reference", "PR-101", "deployedAt",
				"2026-03-02T09:40", "rollbackPlan", "Revert PR-101", "testedInStaging", "true", "_csrf", "token");

		assertThat(StageForm.toJson(Stage.HOTFIX, fields)).hasToString(
				"{\"changeDescription\":\"Raise the pool\",\"reference\":\"PR-101\",\"deployedAt\":\"2026-03-02T09:40:00Z\","
						+ "\"rollbackPlan\":\"Revert PR-101\",\"testedInStaging\":true}");
	}

	@Test
	void fiveWhysAreOneAnswerPerLineAndBlankFieldsAreLeftOut() {
		Map<String, String> fields = Map.of("rootCauseCategory", "CAPACITY", "fiveWhys",
				"pool too small\r\n\n traffic doubled ", "contributingFactors", " ", "preventiveActions", "Autoscale");

		assertThat(StageForm.toJson(Stage.ROOT_CAUSE_ANALYSIS, fields))
			.hasToString("{\"rootCauseCategory\":\"CAPACITY\",\"fiveWhys\":[\"pool too small\",\"traffic doubled\"],"
					+ "\"preventiveActions\":\"Autoscale\"}");
	}

	@Test
	void whatIsNotAValueOfItsTypeGoesThroughAsTypedForTheReaderToRefuse() {
		Map<String, String> fields = Map.of("checksRun", "smoke", "passed", "maybe", "evidence", "none");

		assertThat(StageForm.toJson(Stage.VERIFICATION, fields))
			.hasToString("{\"checksRun\":\"smoke\",\"passed\":\"maybe\",\"evidence\":\"none\"}");
	}

}
