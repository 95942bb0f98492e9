package dev.firebreak.admin;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the service catalogue API. */
public final class ServiceRequests {

	private ServiceRequests() {
	}

	/**
	 * @param uptimeTarget percent, e.g. 99.9; defaults to 99.9
	 */
	public record Create(
			@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
					message = "must be letters, digits or . _ -, starting with a letter or digit") String name,
			@NotNull @Min(1) @Max(3) Integer tier, @NotBlank @Size(max = 100) String owningTeam,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal uptimeTarget) {
	}

	public record Update(@NotNull @Min(1) @Max(3) Integer tier, @NotBlank @Size(max = 100) String owningTeam,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal uptimeTarget) {
	}

}
