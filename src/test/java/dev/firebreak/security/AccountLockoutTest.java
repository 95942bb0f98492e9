package dev.firebreak.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.security.people.PeopleSeeder;
import dev.firebreak.security.people.UserRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five wrong passwords in a row lock the account for 15 minutes (the defaults): even the
 * right password is refused until the lock runs out.
 */
@FirebreakTest
class AccountLockoutTest {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	PeopleSeeder people;

	@Autowired
	UserRepository users;

	ApiClient api;

	String username;

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		api = new ApiClient(port);
		username = "locky-" + UUID.randomUUID().toString().substring(0, 8);
		people.ensureUser(username, "Locky", PASSWORD, Set.of(Role.RESPONDER), Set.of("ops"));
	}

	@AfterEach
	void releaseTime() {
		ClockUtil.reset();
	}

	@Test
	void repeatedFailuresLockTheAccountUntilTheLockExpires() {
		for (int i = 0; i < 4; i++) {
			assertThat(signIn("wrong password " + i)).isEqualTo(401);
		}
		assertThat(signIn(PASSWORD)).as("four failures do not lock").isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("wrong password " + i)).isEqualTo(401);
		}

		assertThat(signIn(PASSWORD)).as("locked: the right password is refused too").isEqualTo(401);
		JsonNode locked = api.get("audra", "/api/v1/audit?action=ACCOUNT_LOCKED&actor=" + username).body();
		assertThat(locked.at("/items/0/details/lockedUntil").asText()).isEqualTo("2026-03-02T09:15:00Z");
		assertThat(locked.get("total").asInt()).isEqualTo(1);
		assertThat(api.get("adam", "/api/v1/users/" + username).body().get("lockedUntil").asText())
			.isEqualTo("2026-03-02T09:15:00Z");

		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(14))));
		assertThat(signIn(PASSWORD)).as("still locked after 14 minutes").isEqualTo(401);

		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(15)).plusSeconds(1)));
		assertThat(signIn(PASSWORD)).as("the lock has run out").isEqualTo(200);
		assertThat(users.failedAttempts(username)).isZero();
		assertThat(api.get("adam", "/api/v1/users/" + username).body().get("lockedUntil").isNull()).isTrue();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		for (int i = 0; i < 5; i++) {
			signIn("wrong");
		}
		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(10))));
		for (int i = 0; i < 5; i++) {
			signIn("still wrong");
		}

		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(16))));
		assertThat(signIn(PASSWORD)).isEqualTo(200);
	}

	@Test
	void anAdminCanEndALockEarly() {
		for (int i = 0; i < 5; i++) {
			signIn("wrong");
		}
		assertThat(signIn(PASSWORD)).isEqualTo(401);

		assertThat(api.post("adam", "/api/v1/users/" + username + "/unlock", null).status()).isEqualTo(200);

		assertThat(signIn(PASSWORD)).isEqualTo(200);
	}

	private int signIn(String password) {
		return api.call(Credentials.basic(username, password), HttpMethod.GET, "/api/v1/me", null).status();
	}

}
