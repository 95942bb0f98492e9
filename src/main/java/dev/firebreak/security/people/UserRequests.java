package dev.firebreak.security.people;

import java.util.Set;

import dev.firebreak.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the people API. */
final class UserRequests {

	/**
	 * Lower case, so that a case-insensitive database collation cannot make two of one.
	 */
	static final String USERNAME = "[a-z0-9][a-z0-9._@-]{1,99}";

	private UserRequests() {
	}

	public record Create(@NotBlank @Pattern(regexp = USERNAME,
			message = "must be 2-100 lower-case letters, digits or . _ @ -, starting with a letter or digit") String username,
			@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) String email,
			@NotNull @AcceptablePassword String password, @NotEmpty Set<Role> roles) {
	}

	/** {@code password} null keeps the current one. */
	public record Update(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) String email,
			@AcceptablePassword String password, @NotEmpty Set<Role> roles) {
	}

}
