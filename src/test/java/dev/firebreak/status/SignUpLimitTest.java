package dev.firebreak.status;

import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The status page's sign-up limit per client on H2 ({@link SignUpLimits}). */
@FirebreakTest
class SignUpLimitTest {

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
