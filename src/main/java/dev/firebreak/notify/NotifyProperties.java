package dev.firebreak.notify;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paging settings ({@code firebreak.notify.*}). Mail server settings are Spring Boot's
 * own ({@code spring.mail.*}).
 *
 * @param baseUrl where people open Firebreak: every link in a notification starts here
 * @param zone the time zone of times written in messages
 * @param mailFrom the sender of Firebreak's emails
 * @param httpTimeout connect and read timeout for webhook receivers (and the mail server)
 * @param asyncEvents whether incident events are handled on a thread of their own after
 * commit (tests handle them on the committing thread, so that what they check is settled)
 * @param workerEnabled whether this node delivers notifications and takes escalation
 * steps in the background (tests switch it off and run the worker themselves)
 * @param pollInterval how often an idle worker looks for due notifications and escalation
 * steps; a node also wakes its worker as soon as it plans something
 * @param batchSize most notifications one worker round claims
 * @param senders how many notifications a node sends at the same time
 * @param claimLease how long a node holds a notification it claimed; another node takes
 * it over after this (the node died mid-send); a live node renews it every third of it
 * until its round is over
 * @param retryBackoff the wait before the first retry; it doubles with each attempt
 * @param maxBackoff the longest wait between two attempts
 * @param giveUpAfter a notification still not delivered this long after it was due is
 * given up on, and its destination shown as failing
 * @param linkValidity how long the links in a notification work
 * @param feedAhead how far ahead the calendar feeds list shifts
 * @param feedBehind how far back the calendar feeds list shifts
 * @param republishAfter incident events whose handling did not finish this long ago (the
 * node died) are handled again, by one node of the cluster
 */
@ConfigurationProperties("firebreak.notify")
public record NotifyProperties(@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("UTC") ZoneId zone,
		@DefaultValue("firebreak@localhost") String mailFrom, @DefaultValue("10s") Duration httpTimeout,
		@DefaultValue("true") boolean asyncEvents, @DefaultValue("true") boolean workerEnabled,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("50") int batchSize, @DefaultValue("4") int senders,
		@DefaultValue("15s") Duration claimLease, @DefaultValue("10s") Duration retryBackoff,
		@DefaultValue("10m") Duration maxBackoff, @DefaultValue("24h") Duration giveUpAfter,
		@DefaultValue("24h") Duration linkValidity, @DefaultValue("56d") Duration feedAhead,
		@DefaultValue("14d") Duration feedBehind, @DefaultValue("2m") Duration republishAfter) {

	/**
	 * An absolute link to a path of Firebreak's, such as {@code /incidents/INC-000001}.
	 */
	public String link(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
