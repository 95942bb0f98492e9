package dev.firebreak.security.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the teams API. */
final class TeamRequests {

	/** A team name is also the engine's candidate group and appears in URLs. */
	static final String NAME = "[a-z0-9][a-z0-9-]{1,99}";

	private TeamRequests() {
	}

	/** {@code displayName} defaults to the name. */
	public record Create(@NotBlank @Pattern(regexp = NAME,
			message = "must be 2-100 lower-case letters, digits or -, starting with a letter or digit") String name,
			@Size(max = 200) String displayName) {
	}

	record Update(@NotBlank @Size(max = 200) String displayName) {
	}

	record Member(@NotBlank @Size(max = 100) String username) {
	}

}
