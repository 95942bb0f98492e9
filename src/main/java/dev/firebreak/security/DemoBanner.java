package dev.firebreak.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells a newcomer where to go and how to sign in, and that this is not for production.
 */
@Component
@Profile("demo")
class DemoBanner {

	private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

	private final SecurityProperties properties;

	private final Environment environment;

	DemoBanner(SecurityProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = environment.getProperty("local.server.port", "8080");
		StringBuilder users = new StringBuilder();
		properties.users()
			.forEach(user -> users.append(String.format("%n    %-8s password demo   %s %s", user.username(),
					user.roles(), user.teams().isEmpty() ? "" : "teams " + user.teams())));
		log.warn("""

				==================================================================================
				  Firebreak is running with the DEMO profile: sample users with public passwords.
				  Do not use it in production.

				  API:         http://localhost:{}/api/v1/incidents   (HTTP Basic)
				  Swagger UI:  http://localhost:{}/swagger-ui.html
				  Walk-through: docs/api.md
				  Users:{}
				==================================================================================""", port, port,
				users);
	}

}
