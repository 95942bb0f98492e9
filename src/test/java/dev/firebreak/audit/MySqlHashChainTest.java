package dev.firebreak.audit;

import dev.firebreak.MySqlTestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hash chains on a real MySQL-protocol server through Connector/J: its column types
 * (DATETIME, TEXT) read back into the content that was hashed, by the verifier and the
 * backfill alike.
 */
@ExtendWith(MySqlTestDatabase.class)
@ActiveProfiles({ "test", "mysql" })
class MySqlHashChainTest extends HashChainTest {

	@DynamicPropertySource
	static void mysql(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register(registry);
	}

}
