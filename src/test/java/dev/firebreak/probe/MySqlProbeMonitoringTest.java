package dev.firebreak.probe;

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
 * The probe lifecycle on a real MySQL-protocol server through Connector/J: row locks,
 * boolean columns, the nearest-rank query and the CHECK constraints in MySQL's dialect.
 */
@ExtendWith(MySqlTestDatabase.class)
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "mysql" })
@Import(TestClockConfiguration.class)
class MySqlProbeMonitoringTest extends AbstractProbeMonitoringTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register(registry);
	}

}
