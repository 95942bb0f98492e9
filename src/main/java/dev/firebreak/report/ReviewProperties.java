package dev.firebreak.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the review findings ({@code firebreak.reviews.*}); docs/learning.md
 * explains each rule with a worked example. A finding is made only when every threshold
 * of its rule is reached, so a reader can check it against the figures it names.
 *
 * @param baselinePeriods how many periods before the reviewed one make its baseline (4:
 * the 4 weeks before a weekly review, the 4 quarters before a quarterly one)
 * @param patternMinIncidents a time pattern needs at least this many incidents of the
 * service in the reviewed period and its baseline together
 * @param patternMinShare and at least this share (per cent) of them inside one window
 * @param patternWindowHours the window's length: incidents that started within this many
 * hours of one another's hour of day (on the same weekday, or on any day)
 * @param trendMinRisePercent MTTR or the incident count must be at least this much (per
 * cent) above the baseline mean to count as trending up
 * @param trendMinIncidents and the reviewed period must have at least this many incidents
 * opened (incident rate) or resolved (MTTR), and so must the baseline
 * @param breachMinCount a service breaches often with at least this many SLA breaches
 * (acknowledge and resolve clocks) in the reviewed period
 * @param breachMaxCompliancePercent or with resolve compliance below this, over at least
 * {@code breachMinCount} resolved incidents
 * @param probeNearThresholdPercent a probe's 95th percentile response time at or above
 * this share (per cent) of its threshold is near it
 * @param probeMinRisePercent and it must have risen at least this much (per cent) above
 * the baseline's to be trending toward it
 * @param probeMinSamples each of the two periods needs this many timed samples
 */
@ConfigurationProperties("firebreak.reviews")
record ReviewProperties(@DefaultValue("4") int baselinePeriods, @DefaultValue("4") int patternMinIncidents,
		@DefaultValue("60") double patternMinShare, @DefaultValue("2") int patternWindowHours,
		@DefaultValue("50") double trendMinRisePercent, @DefaultValue("2") int trendMinIncidents,
		@DefaultValue("3") int breachMinCount, @DefaultValue("80") double breachMaxCompliancePercent,
		@DefaultValue("80") double probeNearThresholdPercent, @DefaultValue("10") double probeMinRisePercent,
		@DefaultValue("5") int probeMinSamples) {

}
