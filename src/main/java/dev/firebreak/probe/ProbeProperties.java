package dev.firebreak.probe;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Probe settings ({@code firebreak.probes.*}).
 *
 * @param schedulerEnabled whether this node looks for due checks in the background (tests
 * switch it off and run checks themselves)
 * @param tickInterval how often the runner looks for due checks; the cluster lease lasts
 * a few seconds longer
 * @param parallelChecks checks that run at the same time on the node holding the lease
 * @param maxBodyBytes how much of a response body is read to look for the keyword; the
 * rest is not downloaded
 * @param maxSamples most samples one call to the samples API returns
 */
@ConfigurationProperties("firebreak.probes")
record ProbeProperties(@DefaultValue("true") boolean schedulerEnabled, @DefaultValue("1s") Duration tickInterval,
		@DefaultValue("4") int parallelChecks, @DefaultValue("65536") int maxBodyBytes,
		@DefaultValue("1000") int maxSamples) {

	/** Long enough to outlast one tick, so the holder renews before anyone takes over. */
	Duration lease() {
		return tickInterval.plusSeconds(5);
	}

}
