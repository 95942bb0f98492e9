package dev.firebreak.followup;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of follow-up actions ({@code firebreak.follow-ups.*}).
 *
 * @param zone the zone whose calendar days due dates are: an action is overdue from the
 * start of the day after its due date there
 * @param escalationInterval how often overdue actions are looked for (on the node holding
 * the lease)
 * @param escalationEnabled whether this node looks for them at all (tests call the job
 * themselves)
 */
@ConfigurationProperties("firebreak.follow-ups")
public record FollowUpProperties(@DefaultValue("UTC") ZoneId zone, @DefaultValue("5m") Duration escalationInterval,
		@DefaultValue("true") boolean escalationEnabled) {
}
