package dev.firebreak.security.signin;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.Role;
import dev.firebreak.security.people.PasswordPolicy;
import dev.firebreak.security.people.PeopleSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On an empty user table, creates {@code admin} so that someone can sign in and set up
 * people and teams. The password comes from {@code FIREBREAK_ADMIN_PASSWORD}, or is
 * generated and printed once: the only secret Firebreak ever writes to its log, and only
 * at the moment nobody could sign in without it.
 */
@Component
@Order(100)
class FirstStartAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	static final String ADMIN_CREATED = "ADMIN_CREATED";

	private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

	/** No look-alikes (0/O, 1/l/I), so that the printed password is easy to copy. */
	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int GENERATED_LENGTH = 24;

	private final PeopleSeeder seeder;

	private final PasswordPolicy policy;

	private final SecurityProperties properties;

	private final AuditLog audit;

	FirstStartAdmin(PeopleSeeder seeder, PasswordPolicy policy, SecurityProperties properties, AuditLog audit) {
		this.seeder = seeder;
		this.policy = policy;
		this.properties = properties;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!seeder.noUsers()) {
			return;
		}
		String configured = properties.adminPassword();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? generate() : configured;
		if (!generated) {
			policy.problem(password).ifPresent(problem -> {
				throw new IllegalStateException("FIREBREAK_ADMIN_PASSWORD (firebreak.security.admin-password) "
						+ problem + ". Set a stronger one, or leave it empty to have one generated.");
			});
		}
		try {
			if (!seeder.ensureUser(USERNAME, "Administrator", password, Set.of(Role.ADMIN), Set.of())) {
				return;
			}
		}
		catch (DuplicateKeyException ex) {
			log.info("Another node created the first admin user at the same time.");
			return;
		}
		audit.record("firebreak", ADMIN_CREATED, USERNAME,
				Map.of("password", generated ? "generated and printed once" : "from FIREBREAK_ADMIN_PASSWORD"));
		if (generated) {
			log.warn("""

					**********************************************************************************
					  FIRST START: created the user '{}' with this generated password.
					  It is shown ONCE and never again; sign in and change it, or create your own
					  admin and disable this one. (Set FIREBREAK_ADMIN_PASSWORD to choose it instead.)

					      {}

					**********************************************************************************""", USERNAME,
					password);
		}
		else {
			log.info("First start: created the user '{}' with the password from FIREBREAK_ADMIN_PASSWORD.", USERNAME);
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
