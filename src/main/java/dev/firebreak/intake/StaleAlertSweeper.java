package dev.firebreak.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.firebreak.cluster.ClusterLock;
import dev.firebreak.incident.IncidentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Alertmanager never sends "resolved" for a silenced alert; it just stops re-sending.
 * Once a minute, on one node of the cluster, open incidents whose alert went quiet for
 * longer than {@code firebreak.intake.stale-after} are marked stale on their timeline.
 */
@Component
class StaleAlertSweeper {

	private static final Logger log = LoggerFactory.getLogger(StaleAlertSweeper.class);

	private final IncidentService incidents;

	private final Integrations integrations;

	private final ClusterLock lock;

	private final IntakeProperties properties;

	private final Clock clock;

	StaleAlertSweeper(IncidentService incidents, Integrations integrations, ClusterLock lock,
			IntakeProperties properties, Clock clock) {
		this.incidents = incidents;
		this.integrations = integrations;
		this.lock = lock;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${firebreak.intake.stale-sweep-interval:60s}")
	void sweepOnOneNode() {
		if (lock.tryAcquire("stale-alerts", Duration.ofSeconds(50))) {
			int marked = sweep();
			if (marked > 0) {
				log.info("Marked {} incident(s) stale: their alerts stopped arriving", marked);
			}
		}
	}

	int sweep() {
		List<Long> resending = integrations.list()
			.stream()
			.filter(integration -> integration.type().resendsWhileFiring())
			.map(Integration::id)
			.toList();
		return incidents.markSilentAlertsStale(resending, clock.instant().minus(properties.staleAfter()), "firebreak");
	}

}
