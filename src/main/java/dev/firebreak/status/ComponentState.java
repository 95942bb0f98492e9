package dev.firebreak.status;

/**
 * A component's state as status pages name them, from the best to the worst: the worst of
 * its services' open incidents (by priority) and running maintenance decides it.
 */
public enum ComponentState {

	OPERATIONAL("Operational"), UNDER_MAINTENANCE("Under maintenance"), DEGRADED("Degraded performance"),
	PARTIAL_OUTAGE("Partial outage"), MAJOR_OUTAGE("Major outage");

	private final String label;

	ComponentState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	ComponentState worst(ComponentState other) {
		return other.ordinal() > ordinal() ? other : this;
	}

}
