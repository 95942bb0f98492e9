package dev.firebreak.incident;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each stage's report: which stage reads it, what it decides, and what a person must fill
 * in (the names the API and the pages answer with).
 */
class StageReportTest {

	private static ValidatorFactory validators;

	private static Validator validator;

	@BeforeAll
	static void validator() {
		validators = Validation.buildDefaultValidatorFactory();
		validator = validators.getValidator();
	}

	@AfterAll
	static void close() {
		validators.close();
	}

	@Test
	void eachStageWithATaskIsReadAsTheReportOfThatStage() {
		for (StageReport report : List.of(StageReports.diagnosis(DiagnosisOutcome.NEEDS_FIX, "x"),
				StageReports.hotfix("PR-1"), StageReports.verification(true, "x"),
				StageReports.rootCause(RootCauseCategory.DATA))) {
			assertThat(StageReport.typeFor(report.stage())).isEqualTo(report.getClass());
		}
		assertThat(StageReport.class.getPermittedSubclasses()).hasSize(4);
	}

	@ParameterizedTest
	@EnumSource(value = Stage.class, names = { "DETECTION", "PRIORITISATION", "CLOSED" })
	void stagesWithoutATaskHaveNoReport(Stage stage) {
		assertThatIllegalArgumentException().isThrownBy(() -> StageReport.typeFor(stage));
	}

	@Test
	void aDiagnosisAndAVerificationDecideTheRouteAndTheOthersDoNot() {
		assertThat(StageReports.diagnosis(DiagnosisOutcome.FIXED_BY_OPERATIONS, "x").decision())
			.isEqualTo("FIXED_BY_OPERATIONS");
		assertThat(StageReports.verification(true, "x").decision()).isEqualTo("PASSED");
		assertThat(StageReports.verification(false, "x").decision()).isEqualTo("FAILED");
		assertThat(StageReports.hotfix("PR-1").decision()).isNull();
		assertThat(StageReports.rootCause(RootCauseCategory.DATA).decision()).isNull();
	}

	@Test
	void filledInReportsAreValid() {
		assertThat(validator.validate(StageReports.diagnosis(DiagnosisOutcome.NEEDS_FIX, "Pool exhausted"))).isEmpty();
		assertThat(validator.validate(StageReports.hotfix("PR-1"))).isEmpty();
		assertThat(validator.validate(StageReports.verification(false, "still 502"))).isEmpty();
		assertThat(validator.validate(StageReports.rootCause(RootCauseCategory.CAPACITY))).isEmpty();
	}

	@Test
	void anEmptyDiagnosisNamesEachField() {
		assertThat(invalid(new StageReport.Diagnosis(null, " "))).containsExactly("findings", "outcome");
	}

	@Test
	void anEmptyHotfixNamesEachField() {
		assertThat(invalid(new StageReport.Hotfix("", null, null, "", null))).containsExactly("changeDescription",
				"deployedAt", "reference", "rollbackPlan", "testedInStaging");
	}

	@Test
	void aHotfixReferenceIsShort() {
		StageReport.Hotfix hotfix = StageReports.hotfix("PR-".repeat(200));

		assertThat(invalid(hotfix)).containsExactly("reference");
	}

	@Test
	void anEmptyVerificationNamesEachField() {
		assertThat(invalid(new StageReport.Verification(null, null, ""))).containsExactly("checksRun", "evidence",
				"passed");
	}

	@Test
	void aRootCauseNeedsOneToTenNonBlankWhys() {
		assertThat(invalid(new StageReport.RootCause(null, List.of(), "", ""))).containsExactly("contributingFactors",
				"fiveWhys", "preventiveActions", "rootCauseCategory");
		assertThat(invalid(new StageReport.RootCause(RootCauseCategory.DATA, List.of("why", " "), "f", "p")))
			.containsExactly("fiveWhys[1].<list element>");
		assertThat(invalid(new StageReport.RootCause(RootCauseCategory.DATA, Collections.nCopies(11, "why"), "f", "p")))
			.containsExactly("fiveWhys");
	}

	private static List<String> invalid(StageReport report) {
		Set<ConstraintViolation<StageReport>> violations = validator.validate(report);
		return violations.stream()
			.map(violation -> violation.getPropertyPath().toString())
			.sorted()
			.distinct()
			.collect(Collectors.toList());
	}

}
