package dev.firebreak.notify.channel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DestinationAddressesTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://hooks.slack.com/services/T000/B000/XXXX",
			"http://mattermost.internal:8065/hooks/abc123", "https://discord.com/api/webhooks/1/token?wait=true",
			"HTTPS://Example.COM/path", "http://10.0.0.5/notify" })
	void acceptsHttpAndHttpsUrls(String url) {
		assertThat(DestinationAddresses.webhookUrlProblem(url)).isEmpty();
		assertThat(DestinationAddresses.problem(ChannelKind.SLACK, url)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "ftp://files.example/hook | must start with https:// or http://, not ftp:",
					"javascript:alert(1) | must start with https:// or http://, not javascript:",
					"file:///etc/passwd | must start with https:// or http://, not file:",
					"/hooks/abc | must be an absolute URL starting with https:// or http://",
					"hooks.slack.com/services/T000 | must be an absolute URL starting with https:// or http://",
					"https:///no-host | must name a host, as in https://chat.example.com/hooks/...",
					"http://user:pass@example.com/hook | must not contain a user name or password before the host",
					"https://exa mple.com/hook | is not a valid URL (illegal character in authority)" })
	void refusesEverythingElseSayingWhy(String url, String problem) {
		assertThat(DestinationAddresses.webhookUrlProblem(url)).contains(problem);
	}

	@Test
	void refusesAMissingOrOverlongUrl() {
		assertThat(DestinationAddresses.webhookUrlProblem(null))
			.contains("must be the webhook's URL, starting with https://");
		assertThat(DestinationAddresses.webhookUrlProblem("  ")).isPresent();
		String longest = "https://example.com/" + "a".repeat(2000 - 20);
		assertThat(DestinationAddresses.webhookUrlProblem(longest)).isEmpty();
		assertThat(DestinationAddresses.webhookUrlProblem(longest + "a"))
			.contains("must be at most 2000 characters long");
	}

	@Test
	void neverRepeatsTheSecretPartOfAUrl() {
		assertThat(DestinationAddresses.webhookUrlProblem("gopher://example.com/s3cr3t-t0ken")).get()
			.asString()
			.doesNotContain("s3cr3t");
	}

	@ParameterizedTest
	@ValueSource(strings = { "alice@example.com", "alice.example+pages@mail.example.co.uk", "alice@localhost" })
	void acceptsPlainEmailAddresses(String email) {
		assertThat(DestinationAddresses.emailAddressProblem(email)).isEmpty();
		assertThat(DestinationAddresses.problem(ChannelKind.EMAIL, email)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "alice", "alice@", "@example.com", "alice@@example.com", "alice example@example.com",
			"Alice <alice@example.com>", "alice@example.com, bob@example.com", "https://example.com" })
	void refusesAnythingButOnePlainEmailAddress(String email) {
		assertThat(DestinationAddresses.emailAddressProblem(email)).isPresent();
		assertThat(DestinationAddresses.problem(ChannelKind.EMAIL, email)).isPresent();
	}

	@Test
	void refusesAMissingOrOverlongEmailAddress() {
		assertThat(DestinationAddresses.emailAddressProblem(""))
			.contains("must be an email address such as alice@example.com");
		assertThat(DestinationAddresses.emailAddressProblem("a".repeat(250) + "@x.io"))
			.contains("must be at most 254 characters long");
	}

}
