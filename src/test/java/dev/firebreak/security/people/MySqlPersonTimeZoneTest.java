package dev.firebreak.security.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import dev.firebreak.FirebreakMySqlTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's time zone on MariaDB (changelog 0044): none at first, the browser's taken
 * only while none is set, a choice kept over it, a name that is no zone refused with
 * nothing stored.
 */
@FirebreakMySqlTest
class MySqlPersonTimeZoneTest {

	@Autowired
	UserRepository users;

	@Autowired
	PersonTimeZones zones;

	@Test
	void theBrowsersZoneIsTakenOnlyUntilThePersonChooses() {
		String username = "tz-" + UUID.randomUUID().toString().substring(0, 8);
		users.insert(username, "Zoe Zone", username + "@example.org", null, Instant.parse("2026-12-06T06:00:00Z"));
		assertThat(zones.of(username)).isEmpty();

		assertThat(zones.defaultTo(username, "Asia/Tokyo")).isTrue();
		assertThat(zones.defaultTo(username, "Europe/Paris")).as("only while none is set").isFalse();
		assertThat(zones.of(username)).contains(ZoneId.of("Asia/Tokyo"));

		assertThat(zones.choose(username, "Mars/Olympus_Mons")).isEmpty();
		assertThat(zones.of(username)).as("nothing stored").contains(ZoneId.of("Asia/Tokyo"));
		assertThat(zones.choose(username, "Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
		assertThat(zones.of(username)).contains(ZoneId.of("Europe/Berlin"));
	}

}
