package dev.firebreak.task;

import java.time.Instant;
import java.util.List;

import dev.firebreak.incident.DiagnosisOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The typed form each stage's task is completed with. */
final class StageForms {

	private StageForms() {
	}

	record Diagnosis(@NotNull DiagnosisOutcome outcome, @NotBlank @Size(max = 10_000) String findings) {
	}

	record Hotfix(@NotBlank @Size(max = 10_000) String changeDescription, @NotBlank @Size(max = 500) String reference,
			@NotNull Instant deployedAt, @NotBlank @Size(max = 10_000) String rollbackPlan,
			@NotNull Boolean testedInStaging) {
	}

	record Verification(@NotBlank @Size(max = 10_000) String checksRun, @NotNull Boolean passed,
			@NotBlank @Size(max = 10_000) String evidence) {
	}

	record RootCause(@NotNull RootCauseCategory rootCauseCategory,
			@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 2_000) String> fiveWhys,
			@NotBlank @Size(max = 10_000) String contributingFactors,
			@NotBlank @Size(max = 10_000) String preventiveActions) {
	}

}
