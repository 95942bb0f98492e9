package dev.firebreak.incident;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person reports when they complete a stage's task: one record per stage, the same
 * value from the request (form or JSON) through the aggregate to the timeline entry,
 * whose details are this record as Jackson writes it. The record components are the field
 * names, in the API, the pages and the stored timeline alike.
 * <p>
 * Java 17 has no pattern matching in {@code switch}, so code that treats the stages
 * differently implements a {@link Visitor}; the compiler then names every place a new
 * stage must be handled.
 */
public sealed interface StageReport
		permits StageReport.Diagnosis, StageReport.Hotfix, StageReport.Verification, StageReport.RootCause {

	/** The stage whose task this report completes. */
	Stage stage();

	/**
	 * What the report decides about the route, kept on the task's record: a diagnosis
	 * outcome, {@code PASSED} or {@code FAILED}; null when it decides nothing.
	 */
	String decision();

	<R> R accept(Visitor<R> visitor);

	/**
	 * The report type a stage's task is completed with, so that a request body is read by
	 * its task's stage rather than by a type field the client sends.
	 * @throws IllegalArgumentException for a stage that has no task
	 */
	static Class<? extends StageReport> typeFor(Stage stage) {
		return switch (stage) {
			case DIAGNOSIS -> Diagnosis.class;
			case HOTFIX -> Hotfix.class;
			case VERIFICATION -> Verification.class;
			case ROOT_CAUSE_ANALYSIS -> RootCause.class;
			default -> throw new IllegalArgumentException("Stage " + stage + " has no report");
		};
	}

	/** One method per report type: an exhaustive dispatch over the sealed type. */
	interface Visitor<R> {

		R diagnosis(Diagnosis report);

		R hotfix(Hotfix report);

		R verification(Verification report);

		R rootCause(RootCause report);

	}

	record Diagnosis(@NotNull DiagnosisOutcome outcome,
			@NotBlank @Size(max = 10_000) String findings) implements StageReport {

		@Override
		public Stage stage() {
			return Stage.DIAGNOSIS;
		}

		@Override
		public String decision() {
			return outcome.name();
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.diagnosis(this);
		}

	}

	record Hotfix(@NotBlank @Size(max = 10_000) String changeDescription, @NotBlank @Size(max = 500) String reference,
			@NotNull Instant deployedAt, @NotBlank @Size(max = 10_000) String rollbackPlan,
			@NotNull Boolean testedInStaging) implements StageReport {

		@Override
		public Stage stage() {
			return Stage.HOTFIX;
		}

		@Override
		public String decision() {
			return null;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.hotfix(this);
		}

	}

	record Verification(@NotBlank @Size(max = 10_000) String checksRun, @NotNull Boolean passed,
			@NotBlank @Size(max = 10_000) String evidence) implements StageReport {

		@Override
		public Stage stage() {
			return Stage.VERIFICATION;
		}

		@Override
		public String decision() {
			return passed ? "PASSED" : "FAILED";
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.verification(this);
		}

	}

	record RootCause(@NotNull RootCauseCategory rootCauseCategory,
			@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 2_000) String> fiveWhys,
			@NotBlank @Size(max = 10_000) String contributingFactors,
			@NotBlank @Size(max = 10_000) String preventiveActions) implements StageReport {

		@Override
		public Stage stage() {
			return Stage.ROOT_CAUSE_ANALYSIS;
		}

		@Override
		public String decision() {
			return null;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.rootCause(this);
		}

	}

}
