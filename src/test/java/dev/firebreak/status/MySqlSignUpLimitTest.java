package dev.firebreak.status;

import dev.firebreak.FirebreakMySqlTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The status page's sign-up limit per client on MariaDB (MySqlTestDatabase)
 * ({@link SignUpLimits}).
 */
@FirebreakMySqlTest
class MySqlSignUpLimitTest {

	@Autowired
	SignUpLimits limits;

	@Test
	void theLimitHoldsAcrossNodes() {
		limits.theLimitHoldsAcrossNodes();
	}

	@Test
	void concurrentSignUpsTakeExactlyTheLimit() throws Exception {
		limits.concurrentSignUpsTakeExactlyTheLimit();
	}

}
