package dev.firebreak.notify.link;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 keys made once per installation and kept in {@code fb_signing_key}, so that
 * every node signs and checks alike and links survive a restart. The first node to need a
 * key makes it; the primary key makes a racing second node take the first one's.
 */
@Component
public class SigningKeys {

	private static final String HMAC = "HmacSHA256";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ConcurrentMap<String, byte[]> keys = new ConcurrentHashMap<>();

	SigningKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The URL-safe Base64 HMAC-SHA256 of the text under the named key (say,
	 * {@code action-links} or {@code calendar-feeds}: one key per purpose).
	 */
	public String sign(String keyName, String text) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(key(keyName), HMAC));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the signature is this text's, compared in constant time. */
	public boolean verify(String keyName, String text, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(keyName, text).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] key(String name) {
		return keys.computeIfAbsent(name, this::loadOrCreate);
	}

	private byte[] loadOrCreate(String name) {
		return stored(name).orElseGet(() -> {
			byte[] fresh = new byte[32];
			RANDOM.nextBytes(fresh);
			try {
				jdbc.sql("insert into fb_signing_key (name, secret, created_at) values (?, ?, ?)")
					.params(name, Base64.getEncoder().encodeToString(fresh),
							LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
					.update();
				return fresh;
			}
			catch (DuplicateKeyException anotherNodeWasFirst) {
				return stored(name).orElseThrow();
			}
		});
	}

	private java.util.Optional<byte[]> stored(String name) {
		return jdbc.sql("select secret from fb_signing_key where name = ?")
			.param(name)
			.query(String.class)
			.optional()
			.map(Base64.getDecoder()::decode);
	}

}
