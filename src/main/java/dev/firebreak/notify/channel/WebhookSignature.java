package dev.firebreak.notify.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a generic webhook (docs/notify-webhooks.md): HMAC-SHA256, keyed with
 * the destination's secret (its UTF-8 bytes), over the Unix-seconds timestamp, a dot, and
 * the raw body bytes. Signing the timestamp with the body lets a receiver refuse an old
 * request replayed later.
 */
final class WebhookSignature {

	static final String SIGNATURE_HEADER = "X-Firebreak-Signature";

	static final String TIMESTAMP_HEADER = "X-Firebreak-Timestamp";

	static final String DELIVERY_HEADER = "X-Firebreak-Delivery";

	private static final String HMAC = "HmacSHA256";

	private WebhookSignature() {
	}

	/** Such as {@code sha256=5d41...}: the value of {@value #SIGNATURE_HEADER}. */
	static String sign(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", ex);
		}
	}

}
