package dev.firebreak.suppression;

import dev.firebreak.FirebreakApplication;
import dev.firebreak.MySqlTestDatabase;
import dev.firebreak.TestClockConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The suppression path on a real MySQL-protocol server: the full migration, whole-second
 * times, and the inbox, silences and windows in InnoDB.
 */
@ExtendWith(MySqlTestDatabase.class)
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "mysql" })
@Import(TestClockConfiguration.class)
class MySqlSuppressionTest extends AbstractSuppressionTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register(registry);
	}

}
