package dev.firebreak.security.people;

import java.util.TreeSet;

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

	private final Environment environment;

	DemoBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = environment.getProperty("local.server.port", "8080");
		StringBuilder users = new StringBuilder();
		DemoPeople.PEOPLE.forEach(person -> users.append(String.format("%n    %-8s password %s   %s %s",
				person.username(), DemoPeople.PASSWORD, new TreeSet<>(person.roles()),
				person.teams().isEmpty() ? "" : "teams " + new TreeSet<>(person.teams()))));
		log.warn("""

				==================================================================================
				  Firebreak is running with the DEMO profile: sample users with PUBLIC passwords.
				  Do not use it in production.

				  Open in your browser:  http://localhost:{}/   and sign in as alice, password demo
				  API:         http://localhost:{}/api/v1/incidents   (HTTP Basic or API token)
				  Swagger UI:  http://localhost:{}/swagger-ui.html
				  Walk-through: docs/api.md
				  Users:{}
				==================================================================================""", port, port, port,
				users);
	}

}
