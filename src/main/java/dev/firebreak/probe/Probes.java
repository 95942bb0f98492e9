package dev.firebreak.probe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing probes. Every request is checked in full before anything is written, so a
 * refused one leaves no trace.
 */
@Service
@Transactional
public class Probes {

	/**
	 * Where heartbeats check in; the security configuration lets these in without
	 * sign-in.
	 */
	public static final String PING_PATH = "/api/v1/ping/";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProbeRepository probes;

	private final SampleRepository samples;

	private final ProbeValidator validator;

	private final ProbeProperties properties;

	private final Checks checks;

	private final Clock clock;

	Probes(ProbeRepository probes, SampleRepository samples, ProbeValidator validator, ProbeProperties properties,
			Checks checks, Clock clock) {
		this.probes = probes;
		this.samples = samples;
		this.validator = validator;
		this.properties = properties;
		this.checks = checks;
		this.clock = clock;
	}

	/** A heartbeat's answer carries its ping address, shown this once. */
	public CreatedProbe create(ProbeRequest request, String createdBy) {
		validator.check(request, null);
		String token = request.kind() == ProbeKind.HEARTBEAT ? newToken() : null;
		long id = probes.insert(request, token == null ? null : hash(token), token == null ? null : hint(token),
				createdBy, now());
		return new CreatedProbe(get(id), token == null ? null : PING_PATH + token);
	}

	public Probe update(long id, ProbeRequest request) {
		Probe existing = get(id);
		validator.check(request, existing);
		probes.update(existing, request, now());
		return get(id);
	}

	/** A heartbeat's new secret; the old one stops working at once. */
	public CreatedProbe newPingSecret(long id) {
		Probe probe = get(id);
		if (probe.kind() != ProbeKind.HEARTBEAT) {
			throw InvalidInputException.of("kind", "only heartbeats have a ping address");
		}
		String token = newToken();
		probes.replacePingToken(id, hash(token), hint(token));
		return new CreatedProbe(get(id), PING_PATH + token);
	}

	/**
	 * The probe stops; its samples stay for the availability figures. An incident it
	 * raised stays open: deleting a probe says nothing about the target's health.
	 */
	public void delete(long id) {
		if (!probes.markDeleted(id, now())) {
			throw NotFoundException.probe(id);
		}
	}

	@Transactional(readOnly = true)
	public Probe get(long id) {
		return probes.findLive(id).orElseThrow(() -> NotFoundException.probe(id));
	}

	@Transactional(readOnly = true)
	public List<Probe> list() {
		return probes.findAllLive();
	}

	/**
	 * Runs the probe's check once, now, and says what it found, without recording a
	 * sample or touching its alerts. No transaction is held while the check runs.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public TestResult testNow(long id) {
		Probe probe = get(id);
		Instant at = now();
		CheckResult result = checks.run(probe);
		return new TestResult(probe.id(), at, result.status(), result.statusCode(), result.responseMs(), result.error(),
				result.detail());
	}

	/** The configured data sources' names, for the pages: never their settings. */
	public Set<String> dataSourceNames() {
		return Set.copyOf(properties.dataSources().keySet());
	}

	/**
	 * @param from null means 24 hours before {@code to}
	 * @param to null means now
	 */
	@Transactional(readOnly = true)
	public SamplePage samples(long id, Instant from, Instant to, Integer limit) {
		get(id);
		Window window = Window.of(from, to, now());
		int max = properties.maxSamples();
		int size = limit == null ? Math.min(100, max) : limit;
		if (size < 1 || size > max) {
			throw InvalidInputException.of("limit", "must be between 1 and " + max);
		}
		// one more than asked tells whether the period holds more
		List<Sample> found = samples.find(id, window.from(), window.to(), size + 1);
		return new SamplePage(id, window.from(), window.to(), found.stream().limit(size).toList(), found.size() > size);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String newToken() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return HexFormat.of().formatHex(secret);
	}

	private static String hint(String token) {
		return token.substring(0, 4);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/**
	 * @param truncated whether the period holds older samples than {@code items} shows;
	 * ask again with {@code to} set to the oldest one's time
	 */
	public record SamplePage(long probeId, Instant from, Instant to, List<Sample> items, boolean truncated) {
	}

	/** What "test now" found; nothing of it is stored. */
	public record TestResult(long probeId, Instant at, CheckStatus status, Integer statusCode, Integer responseMs,
			String error, String detail) {
	}

}
