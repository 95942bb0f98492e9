package dev.firebreak.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert intake settings ({@code firebreak.intake.*}).
 *
 * @param maxBodyBytes larger requests are refused with 413 (PagerDuty's own limit is 512
 * KB)
 * @param maxBacklog stored but unprocessed alerts beyond which senders get 429 and retry
 * later
 * @param retryAfter what 429 and 503 answers ask senders to wait
 * @param repeatWindow repeats of an open incident's alert within this window share one
 * timeline entry
 * @param staleAfter a firing alert from a sender that re-sends while firing
 * (Alertmanager, Grafana) and was not seen for this long is marked stale; longer than
 * Alertmanager's default repeat_interval of 4 h
 * @param workerEnabled whether this node drains the inbox in the background
 * @param batchSize alerts processed per transaction
 * @param pollInterval how often the worker looks for alerts stored by other nodes
 * @param claimTimeout a batch claimed by a node that died is taken over after this long;
 * a live node renews its claim every third of it while it works the batch
 * @param maxAttempts an alert that keeps failing is parked as FAILED after this many
 * tries
 * @param retention processed alerts (the inbox's raw rows, with their payloads) are
 * deleted this long after processing; what they did stays on the incidents' timelines and
 * in the suppressed-alert log. Parked (FAILED) alerts are kept for an admin.
 */
@ConfigurationProperties("firebreak.intake")
public record IntakeProperties(@DefaultValue("524288") int maxBodyBytes, @DefaultValue("50000") long maxBacklog,
		@DefaultValue("30s") Duration retryAfter, @DefaultValue("10m") Duration repeatWindow,
		@DefaultValue("5h") Duration staleAfter, @DefaultValue("true") boolean workerEnabled,
		@DefaultValue("100") int batchSize, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("15s") Duration claimTimeout, @DefaultValue("5") int maxAttempts,
		@DefaultValue("30d") Duration retention) {
}
