package dev.firebreak.notify.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.firebreak.notify.channel.WebhookReceiver.Received;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A receiver checks the generic webhook's signature as docs/notify-webhooks.md tells it
 * to, from the raw body bytes and the timestamp header, with its copy of the secret.
 */
class WebhookSignatureTest {

	private static final String SECRET = "whsec-5b1f0c7e";

	private final WebhookReceiver receiver = new WebhookReceiver();

	private Received request;

	@BeforeEach
	void sendOne() throws Exception {
		WebhookPoster poster = new WebhookPoster(ChannelTestData.properties(Duration.ofSeconds(2)));
		new WebhookChannel(poster).send(ChannelTestData.delivery(42, ChannelKind.WEBHOOK, receiver.url("/firebreak"),
				SECRET, ChannelTestData.page()));
		request = receiver.next();
	}

	@AfterEach
	void stopReceiver() {
		receiver.close();
	}

	@Test
	void verifiesWithTheSecretTheTimestampAndTheRawBody() throws Exception {
		assertThat(request.header("X-Firebreak-Timestamp"))
			.isEqualTo(Long.toString(ChannelTestData.SENT_AT.getEpochSecond()));
		assertThat(request.header("X-Firebreak-Signature")).matches("sha256=[0-9a-f]{64}");

		assertThat(verifies(SECRET, request.header("X-Firebreak-Timestamp"), request.body())).isTrue();
	}

	@Test
	void failsForAChangedBodyAnotherTimestampOrAnotherSecret() throws Exception {
		byte[] changed = request.text().replace("\"P1\"", "\"P4\"").getBytes(StandardCharsets.UTF_8);
		long later = ChannelTestData.SENT_AT.getEpochSecond() + 600;

		assertThat(verifies(SECRET, request.header("X-Firebreak-Timestamp"), changed)).isFalse();
		assertThat(verifies(SECRET, Long.toString(later), request.body())).isFalse();
		assertThat(verifies("another-secret", request.header("X-Firebreak-Timestamp"), request.body())).isFalse();
	}

	@Test
	void theShellLineInTheDocsComputesTheSameSignature() throws Exception {
		Process openssl;
		try {
			openssl = new ProcessBuilder("openssl", "dgst", "-sha256", "-hmac", SECRET).start();
		}
		catch (IOException ex) {
			assumeTrue(false, "openssl is not installed");
			return;
		}
		try (OutputStream in = openssl.getOutputStream()) {
			in.write((request.header("X-Firebreak-Timestamp") + ".").getBytes(StandardCharsets.US_ASCII));
			in.write(request.body());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		openssl.getInputStream().transferTo(out);
		assertThat(openssl.waitFor(10, TimeUnit.SECONDS)).isTrue();
		String printed = out.toString(StandardCharsets.US_ASCII).trim();

		assertThat("sha256=" + printed.substring(printed.lastIndexOf(' ') + 1))
			.isEqualTo(request.header("X-Firebreak-Signature"));
	}

	/**
	 * What a receiver does; written apart from Firebreak's own signing code on purpose.
	 */
	private boolean verifies(String secret, String timestamp, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
		mac.update((byte) '.');
		String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				request.header("X-Firebreak-Signature").getBytes(StandardCharsets.US_ASCII));
	}

}
