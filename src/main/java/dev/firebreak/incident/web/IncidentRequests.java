package dev.firebreak.incident.web;

import dev.firebreak.incident.DiagnosisOutcome;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.PublicStatus;
import dev.firebreak.incident.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the incident API. */
public final class IncidentRequests {

	private IncidentRequests() {
	}

	public record Report(@NotBlank @Size(max = 500) String title, @Size(max = 20_000) String description,
			@NotBlank @Size(max = 100) String service, @NotNull Severity severity, @NotNull Impact impact) {
	}

	public record Reprioritise(@NotNull Severity severity, @NotNull Impact impact,
			@NotBlank @Size(max = 2_000) String reason) {
	}

	public record Escalate(@NotBlank @Size(max = 2_000) String reason) {
	}

	public record Reassign(@NotBlank @Size(max = 100) String team, @NotBlank @Size(max = 2_000) String reason) {
	}

	record RequestRootCauseAnalysis(@NotBlank @Size(max = 2_000) String reason) {
	}

	/** A person ({@code username}) or a whole team ({@code team}) to add; exactly one. */
	public record AddResponder(@Size(max = 100) String username, @Size(max = 100) String team) {
	}

	/** Who owns the incident from now on: a responder of its team, or a manager. */
	public record AssignOwner(@NotBlank @Size(max = 100) String username) {
	}

	/**
	 * The quick path for trivial alerts: diagnosis completed from the incident page with
	 * {@code FALSE_ALARM} or {@code FIXED_BY_OPERATIONS}.
	 */
	public record QuickResolve(@NotNull DiagnosisOutcome outcome, @NotBlank @Size(max = 10_000) String findings) {
	}

	/** Who leads the incident from now on. */
	public record AssignCommander(@NotBlank @Size(max = 100) String username) {
	}

	/** An internal note, in Markdown; line breaks are kept. */
	public record AddNote(@NotBlank @Size(max = 20_000) String text) {
	}

	/** A public update: where things stand, and what to tell (Markdown). */
	public record PublishUpdate(@NotNull PublicStatus status, @NotBlank @Size(max = 5_000) String message) {
	}

	public record Cancel(@NotBlank @Size(max = 20) String duplicateOf, @NotBlank @Size(max = 2_000) String reason) {
	}

}
