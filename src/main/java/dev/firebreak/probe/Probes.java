package dev.firebreak.probe;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing probes. Every request is checked in full before anything is written, so a
 * refused one leaves no trace.
 */
@Service
@Transactional
public class Probes {

	private final ProbeRepository probes;

	private final SampleRepository samples;

	private final ProbeValidator validator;

	private final ProbeProperties properties;

	private final Clock clock;

	Probes(ProbeRepository probes, SampleRepository samples, ProbeValidator validator, ProbeProperties properties,
			Clock clock) {
		this.probes = probes;
		this.samples = samples;
		this.validator = validator;
		this.properties = properties;
		this.clock = clock;
	}

	public Probe create(ProbeRequest request, String createdBy) {
		validator.check(request, null);
		return probes.findLive(probes.insert(request, createdBy, now())).orElseThrow();
	}

	Probe update(long id, ProbeRequest request) {
		Probe existing = get(id);
		validator.check(request, existing);
		probes.update(id, request, now());
		return get(id);
	}

	/**
	 * The probe stops; its samples stay for the availability figures. An incident it
	 * raised stays open: deleting a probe says nothing about the endpoint's health.
	 */
	public void delete(long id) {
		if (!probes.markDeleted(id, now())) {
			throw NotFoundException.probe(id);
		}
	}

	@Transactional(readOnly = true)
	Probe get(long id) {
		return probes.findLive(id).orElseThrow(() -> NotFoundException.probe(id));
	}

	@Transactional(readOnly = true)
	public List<Probe> list() {
		return probes.findAllLive();
	}

	/**
	 * @param from null means 24 hours before {@code to}
	 * @param to null means now
	 */
	@Transactional(readOnly = true)
	SamplePage samples(long id, Instant from, Instant to, Integer limit) {
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

	/**
	 * @param truncated whether the period holds older samples than {@code items} shows;
	 * ask again with {@code to} set to the oldest one's time
	 */
	record SamplePage(long probeId, Instant from, Instant to, List<Sample> items, boolean truncated) {
	}

}
