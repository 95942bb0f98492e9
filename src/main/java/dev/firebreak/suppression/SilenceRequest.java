package dev.firebreak.suppression;

import java.time.Instant;
import java.util.List;

/**
 * A new silence. Checked by {@link SilenceRules}, which names every mistake at once.
 *
 * @param startsAt null for now
 * @param incident the incident it is made from (INC-000123): required for responders, who
 * may silence only their own teams' incidents
 * @param confirmCatchAll must be true for a silence whose matchers all match an empty
 * label, which would silence (nearly) every alert
 */
public record SilenceRequest(List<Matcher> matchers, Instant startsAt, Instant endsAt, String comment, String incident,
		Boolean confirmCatchAll) {
}
