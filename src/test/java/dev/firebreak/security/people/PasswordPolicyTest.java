package dev.firebreak.security.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password1234", "QWERTY123456", "123456789012", "1qaz2wsx3edc",
			"letmein12345", "iloveyou1234", "firebreak123!", "aaaaaaaaaaaaaaa", "abababababab" })
	void wellKnownAndRepetitivePasswordsAreRefused(String password) {
		assertThat(policy.problem(password)).isPresent();
	}

	@Test
	void tooShortIsRefusedAndSaysTheMinimum() {
		assertThat(policy.problem("Tr0ub4dor&3")).hasValue("must be at least 12 characters long");
	}

	@Test
	void moreThanBcryptReadsIsRefused() {
		assertThat(policy.problem("é".repeat(37))).hasValue("must be at most 72 bytes long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "a long enough passphrase", "7fQ!rT2#pLm9" })
	void longUncommonPasswordsPass(String password) {
		assertThat(policy.problem(password)).isEmpty();
	}

}
