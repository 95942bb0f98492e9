package dev.firebreak.notify.paging;

import dev.firebreak.FirebreakApplication;
import dev.firebreak.MySqlTestDatabase;
import dev.firebreak.TestClockConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Escalation end to end on a real MySQL-protocol server. */
@ExtendWith(MySqlTestDatabase.class)
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "mysql" })
@Import(TestClockConfiguration.class)
class MySqlPagingTest extends AbstractPagingTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register(registry);
	}

}
