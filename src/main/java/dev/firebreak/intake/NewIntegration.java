package dev.firebreak.intake;

import dev.firebreak.incident.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin gives to create an integration.
 *
 * @param defaultSeverity when alerts carry none, or one we cannot read; MEDIUM if not
 * given
 */
public record NewIntegration(@NotBlank @Size(max = 100) String name, @NotNull IntegrationType type,
		@NotBlank @Size(max = 100) String defaultService, @Size(max = 100) String defaultTeam, Severity defaultSeverity,
		@Size(max = 100) String serviceLabel, @Size(max = 100) String teamLabel,
		@Size(max = 100) String severityLabel) {

	public NewIntegration {
		defaultSeverity = defaultSeverity == null ? Severity.MEDIUM : defaultSeverity;
	}

}
