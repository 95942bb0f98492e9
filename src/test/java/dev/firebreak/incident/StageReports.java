package dev.firebreak.incident;

import java.time.Instant;
import java.util.List;

/** A valid report for each stage, as a person would fill it in. */
public final class StageReports {

	public static final Instant DEPLOYED_AT = Instant.parse("2030-03-04T09:40:00Z");

	private StageReports() {
	}

	public static StageReport.Diagnosis diagnosis(DiagnosisOutcome outcome, String findings) {
		return new StageReport.Diagnosis(outcome, findings);
	}

	public static StageReport.Hotfix hotfix(String reference) {
		return new StageReport.Hotfix("Raise the gateway pool from 20 to 80", reference, DEPLOYED_AT,
				"Revert " + reference, true);
	}

	public static StageReport.Verification verification(boolean passed, String evidence) {
		return new StageReport.Verification("Checkout smoke test", passed, evidence);
	}

	public static StageReport.RootCause rootCause(RootCauseCategory category) {
		return new StageReport.RootCause(category, List.of("Payments failed", "The gateway pool was exhausted"),
				"No load test before the campaign", "Autoscale the pool");
	}

}
