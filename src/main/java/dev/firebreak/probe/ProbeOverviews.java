package dev.firebreak.probe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.intake.Integration;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.Integrations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admins' probe list shows beside each probe's settings: its last sample, its
 * availability over the last day and the incident its alert holds open. A few small
 * queries per probe: the list is an admin's page over tens of probes, not a dashboard.
 */
@Service
@Transactional(readOnly = true)
public class ProbeOverviews {

	/** The period the list's availability figure covers. */
	public static final Duration PERIOD = Duration.ofHours(24);

	private final ProbeRepository probes;

	private final SampleRepository samples;

	private final Integrations integrations;

	private final IncidentQueries incidents;

	private final Clock clock;

	ProbeOverviews(ProbeRepository probes, SampleRepository samples, Integrations integrations,
			IncidentQueries incidents, Clock clock) {
		this.probes = probes;
		this.samples = samples;
		this.integrations = integrations;
		this.incidents = incidents;
		this.clock = clock;
	}

	public List<ProbeOverview> list() {
		// up to and including now: a check that ran this very millisecond counts
		Instant to = clock.instant().plusMillis(1);
		Instant from = to.minus(PERIOD);
		// read, never created here: a list page must not write
		Optional<Long> integration = integrations.list()
			.stream()
			.filter(i -> i.type() == IntegrationType.PROBE)
			.map(Integration::id)
			.findFirst();
		return probes.findAllLive().stream().map(probe -> {
			Sample last = samples.find(probe.id(), Instant.EPOCH, to, 1).stream().findFirst().orElse(null);
			String incident = integration.flatMap(id -> incidents.openNumber(id, probe.dedupKey()))
				.or(() -> integration.flatMap(id -> incidents.openNumber(id, probe.degradedDedupKey())))
				.orElse(null);
			return new ProbeOverview(probe, last, samples.uptimeOf(probe.id(), from, to), incident);
		}).toList();
	}

	/**
	 * @param lastSample null before the first check
	 * @param lastDay samples of the last {@link #PERIOD}
	 * @param incident the number of the open incident its down (or else degraded) alert
	 * raised, or null
	 */
	public record ProbeOverview(Probe probe, Sample lastSample, UptimeCount lastDay, String incident) {

		/** "pending" until the first check, then the last check's status in words. */
		public String state() {
			if (!probe.enabled()) {
				return "paused";
			}
			if (probe.lastStatus() == null) {
				return "pending";
			}
			return probe.lastStatus().name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
