package dev.firebreak.incident;

import java.time.Duration;
import java.util.Map;

/**
 * What the prioritisation rules decided, with the inputs they saw, so that the timeline
 * can show an auditor exactly why an incident got its priority.
 */
public record PriorityDecision(String decisionKey, int decisionVersion, Map<String, Object> inputs, Priority priority,
		Duration acknowledgeWithin, Duration resolveWithin, boolean rcaRequired) {

	public PriorityDecision {
		inputs = Map.copyOf(inputs);
	}

}
