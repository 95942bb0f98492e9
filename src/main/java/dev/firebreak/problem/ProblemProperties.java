package dev.firebreak.problem;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Problem settings ({@code firebreak.problems.*}).
 *
 * @param recurrenceThreshold N: an incident requires root-cause analysis when it makes
 * its problem's incidents within the window reach N, itself and the first occurrence
 * included
 * @param recurrenceWindow M: how far back from an incident's detection its problem's
 * incidents count; also the window of the API's {@code incidentsInWindow}
 */
@ConfigurationProperties("firebreak.problems")
record ProblemProperties(@DefaultValue("3") int recurrenceThreshold, @DefaultValue("30d") Duration recurrenceWindow) {

	ProblemProperties {
		if (recurrenceThreshold < 1) {
			throw new IllegalArgumentException(
					"firebreak.problems.recurrence-threshold must be at least 1, not " + recurrenceThreshold);
		}
		if (recurrenceWindow.isNegative() || recurrenceWindow.isZero()) {
			throw new IllegalArgumentException(
					"firebreak.problems.recurrence-window must be positive, not " + recurrenceWindow);
		}
	}

}
