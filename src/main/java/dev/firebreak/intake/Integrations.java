package dev.firebreak.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.ServiceCatalogue;

import dev.firebreak.failure.FieldError;

import dev.firebreak.failure.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alert sources and their keys. A key is 32 random hex characters (the shape PagerDuty
 * routing keys have, so PagerDuty-compatible senders accept it), returned once at
 * creation; only its SHA-256 is stored. A fast hash is enough because the key is random,
 * not chosen.
 */
@Service
@Transactional
public class Integrations {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IntegrationRepository integrations;

	private final ServiceCatalogue catalogue;

	private final Clock clock;

	Integrations(IntegrationRepository integrations, ServiceCatalogue catalogue, Clock clock) {
		this.integrations = integrations;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * @return the integration and its key, which nobody can read back later
	 */
	public CreatedIntegration create(NewIntegration request, String createdBy) {
		if (request.type() == IntegrationType.PROBE) {
			throw badRequest("type", "PROBE integrations are created by Firebreak itself");
		}
		if (catalogue.find(request.defaultService()).isEmpty()) {
			throw badRequest("defaultService",
					"no service named '" + request.defaultService() + "' is in the catalogue");
		}
		return createUnchecked(request, createdBy);
	}

	/** The integration Firebreak's own probes report through, created on first use. */
	public Integration probeIntegration(String defaultService) {
		return integrations.findActiveByType(IntegrationType.PROBE)
			.orElseGet(() -> createUnchecked(new NewIntegration("Firebreak probes", IntegrationType.PROBE,
					defaultService, null, null, null, null, null), "firebreak")
				.integration());
	}

	@Transactional(readOnly = true)
	public List<Integration> list() {
		return integrations.findActive();
	}

	@Transactional(readOnly = true)
	public Optional<Integration> find(long id) {
		return integrations.findById(id);
	}

	public boolean delete(long id) {
		return integrations.markDeleted(id, clock.instant());
	}

	/** The live integration this key belongs to, if any. */
	@Transactional(readOnly = true)
	public Optional<Integration> authenticate(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return integrations.findActiveByKeyHash(hash(key.trim()));
	}

	private CreatedIntegration createUnchecked(NewIntegration request, String createdBy) {
		byte[] secret = new byte[16];
		RANDOM.nextBytes(secret);
		String key = HexFormat.of().formatHex(secret);
		long id = integrations.insert(request, hash(key), key.substring(0, 4), createdBy, clock.instant());
		return new CreatedIntegration(integrations.findById(id).orElseThrow(), key);
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static InvalidInput badRequest(String field, String message) {
		return new InvalidInput(InvalidInput.TITLE, field + " " + message + ".",
				List.of(new FieldError(field, message)));
	}

	/**
	 * @param key shown to the admin once
	 */
	public record CreatedIntegration(Integration integration, String key) {
	}

}
