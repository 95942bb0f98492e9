package dev.firebreak.probe;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Availability figures for other features (reports): the same definitions as the
 * availability API, from every sample of every probe of a service, deleted probes
 * included.
 */
@Component
@Transactional(readOnly = true)
public class AvailabilityQuery {

	private final SampleRepository samples;

	AvailabilityQuery(SampleRepository samples) {
		this.samples = samples;
	}

	/** The service's figures over {@code [from, to)}. */
	public Availability of(String service, Instant from, Instant to) {
		return samples.availability(service, from, to);
	}

	/**
	 * Up and all samples over {@code [from, to)} of the probes of these services.
	 * @param services null means every service
	 */
	public UptimeCount uptime(Collection<String> services, Instant from, Instant to) {
		return samples.uptime(services, from, to);
	}

	/**
	 * Up and all samples over {@code [from, to)} by kind of check, kinds without samples
	 * left out.
	 * @param services null means every service
	 */
	public Map<ProbeKind, UptimeCount> uptimeByKind(Collection<String> services, Instant from, Instant to) {
		return samples.uptimeByKind(services, from, to);
	}

}
