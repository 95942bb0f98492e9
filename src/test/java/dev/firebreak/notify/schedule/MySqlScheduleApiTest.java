package dev.firebreak.notify.schedule;

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
 * The schedules API on a real MySQL-protocol server through Connector/J: the layers' JSON
 * in a text column, whole-second datetime columns, the unique name per team and the
 * optimistic version in MySQL's dialect.
 */
@ExtendWith(MySqlTestDatabase.class)
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "mysql" })
@Import(TestClockConfiguration.class)
class MySqlScheduleApiTest extends ScheduleApiTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register(registry);
	}

}
