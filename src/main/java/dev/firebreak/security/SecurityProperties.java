package dev.firebreak.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings.
 *
 * @param users people who may sign in until user management arrives; the demo profile
 * defines one per role. Passwords are in Spring Security's {@code {id}encoded} form.
 */
@ConfigurationProperties("firebreak.security")
public record SecurityProperties(List<User> users) {

	public SecurityProperties {
		users = users == null ? List.of() : List.copyOf(users);
	}

	/**
	 * @param password encoded, e.g. {@code {bcrypt}$2a$10$...}; {@code {noop}} only for
	 * demos
	 */
	public record User(String username, String password, Set<Role> roles, Set<String> teams) {
	}

}
