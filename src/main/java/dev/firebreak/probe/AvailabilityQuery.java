package dev.firebreak.probe;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

	private final ProbeRepository probes;

	AvailabilityQuery(SampleRepository samples, ProbeRepository probes) {
		this.samples = samples;
		this.probes = probes;
	}

	/**
	 * Each live probe that has a response-time threshold ({@code degradedAboveMs}), with
	 * the 95th percentile of its response times over {@code [from, to)}.
	 */
	public List<ResponseTime> responseTimes(Instant from, Instant to) {
		return probes.findAllLive().stream().filter(probe -> probe.degradedAboveMs() != null).map(probe -> {
			SampleRepository.ProbeP95 p95 = samples.p95Of(probe.id(), from, to);
			return new ResponseTime(probe.id(), probe.name(), probe.service(), probe.degradedAboveMs(), p95.timed(),
					p95.p95());
		}).toList();
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
