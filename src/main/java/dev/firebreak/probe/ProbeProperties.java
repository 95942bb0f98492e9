package dev.firebreak.probe;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * @param repeatAlertEvery while a probe stays down, its alert is sent again this often,
 * so that an alert a maintenance window or silence swallowed opens an incident once it is
 * over (intake counts a repeat of an open incident's alert as a repeat)
 * @param allowedNetworks when not empty, the only networks (CIDR, such as 10.0.0.0/8 or
 * 127.0.0.1/32) a check may connect to; every address a host resolves to must be in one
 * @param dataSources the read-only data sources data-integrity checks may query, by name
 * @param maxEvidenceRows rows of a data-integrity query kept as the incident's evidence
 * @param maxQueryRows rows a data-integrity query reads at most (to count them)
 * @param sampleRetention raw samples older than this (rounded down to the hour) are
 * summed into hourly roll-ups and deleted; the samples API lists only those kept
 * @param hourlyRetention hourly roll-ups older than this (rounded down to the UTC day)
 * are summed into daily roll-ups, kept for ever
 * @param retentionBatchHours hours of one probe's samples rolled up and deleted per
 * transaction (at most 360 samples an hour at the shortest interval)
 */
@ConfigurationProperties("firebreak.probes")
record ProbeProperties(@DefaultValue("true") boolean schedulerEnabled, @DefaultValue("1s") Duration tickInterval,
		@DefaultValue("4") int parallelChecks, @DefaultValue("65536") int maxBodyBytes,
		@DefaultValue("1000") int maxSamples, @DefaultValue("30m") Duration repeatAlertEvery,
		@DefaultValue List<String> allowedNetworks, @DefaultValue Map<String, DataSourceSettings> dataSources,
		@DefaultValue("10") int maxEvidenceRows, @DefaultValue("10000") int maxQueryRows,
		@DefaultValue("90d") Duration sampleRetention, @DefaultValue("400d") Duration hourlyRetention,
		@DefaultValue("6") int retentionBatchHours) {

	ProbeProperties {
		if (sampleRetention.compareTo(Duration.ofHours(1)) < 0) {
			throw new IllegalArgumentException(
					"firebreak.probes.sample-retention must be at least 1h, not " + sampleRetention);
		}
		if (hourlyRetention.compareTo(Duration.ofDays(1)) < 0) {
			throw new IllegalArgumentException(
					"firebreak.probes.hourly-retention must be at least 1d, not " + hourlyRetention);
		}
		retentionBatchHours = Math.max(1, retentionBatchHours);
	}

	/** The settings the older tests and callers know; the rest take their defaults. */
	static ProbeProperties of(boolean schedulerEnabled, Duration tickInterval, int parallelChecks, int maxBodyBytes,
			int maxSamples) {
		return new ProbeProperties(schedulerEnabled, tickInterval, parallelChecks, maxBodyBytes, maxSamples,
				Duration.ofMinutes(30), List.of(), Map.of(), 10, 10000, Duration.ofDays(90), Duration.ofDays(400), 6);
	}

	/** Long enough to outlast one tick, so the holder renews before anyone takes over. */
	Duration lease() {
		return tickInterval.plusSeconds(5);
	}

	/**
	 * A data source for data-integrity checks. Give it a database user that may only
	 * read: the check also opens its connections read-only and accepts a single SELECT,
	 * but the database's own permissions are the real fence.
	 *
	 * @param url a JDBC URL whose driver is on the class path (MySQL, MariaDB through
	 * Connector/J, H2)
	 */
	record DataSourceSettings(String url, String username, String password) {

		@Override
		public String toString() {
			// never the password, nor a URL that may carry one, in a log line
			return "DataSourceSettings[url=…, username=" + username + "]";
		}

	}

}
