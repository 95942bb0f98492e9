package dev.firebreak.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.InvalidRequestException;
import dev.firebreak.security.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: 256 random bits, shown once; only their SHA-256 hash is kept. A
 * fast hash is enough for a value with that much entropy, and keeps token requests cheap,
 * unlike a password hash.
 */
@Service
@Transactional
public class ApiTokens {

	static final String TOKEN_CREATED = "TOKEN_CREATED";

	static final String TOKEN_REVOKED = "TOKEN_REVOKED";

	/** Lets secret scanners recognise a leaked token. */
	public static final String PREFIX = "fbt_";

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the token as listed, and its value: the only time it is ever shown
	 */
	Created create(String username, String name, Instant expiresAt) {
		Instant now = now();
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new InvalidRequestException("expiresAt", "must be in the future");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		long id = tokens.insert(username, name, hash(value), now, expiresAt);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("name", name);
		details.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
		audit.record(username, TOKEN_CREATED, "token " + id, details);
		return new Created(tokens.find(id).orElseThrow(), value);
	}

	@Transactional(readOnly = true)
	List<ApiToken> of(String username) {
		return tokens.ofUser(username);
	}

	/** Only the owner revokes their token; anyone else's is not found. */
	void revoke(String username, long id) {
		ApiToken token = tokens.find(id)
			.filter(t -> t.username().equals(username))
			.orElseThrow(() -> Problems.notFound("You have no token " + id + "."));
		if (token.revokedAt() == null) {
			tokens.revoke(id, now());
			audit.record(username, TOKEN_REVOKED, "token " + id, Map.of("name", token.name()));
		}
	}

	/** The usable token with this value, if any. */
	@Transactional(readOnly = true)
	Optional<ApiToken> usable(String value) {
		return tokens.findByHash(hash(value)).filter(token -> token.usableAt(clock.instant()));
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	record Created(ApiToken token, String value) {
	}

}
