package dev.firebreak.report;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings ({@code firebreak.reports.*}).
 *
 * @param zone the zone whose calendar days and months the reports cover; dates and times
 * in workbooks are shown in it
 * @param dailyAt when, in {@code zone}, yesterday's daily report is generated
 * @param schedulerEnabled whether this node generates the daily report in the background
 * (tests switch it off and call the job themselves)
 * @param tickInterval how often the scheduler looks whether the daily report is due
 * @param slaExcludesMaintenance whether the monthly report measures uptime against each
 * service's target outside maintenance windows only (the usual promise: planned work
 * announced ahead does not count against it); false counts every sample. Either way the
 * reports show availability during maintenance apart.
 */
@ConfigurationProperties("firebreak.reports")
record ReportProperties(@DefaultValue("UTC") ZoneId zone, @DefaultValue("01:00") LocalTime dailyAt,
		@DefaultValue("true") boolean schedulerEnabled, @DefaultValue("1m") Duration tickInterval,
		@DefaultValue("true") boolean slaExcludesMaintenance) {

}
