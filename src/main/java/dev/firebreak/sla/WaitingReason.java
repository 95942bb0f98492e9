package dev.firebreak.sla;

/** What an incident waits on while its SLA clocks are paused. */
public enum WaitingReason {

	/** A vendor, a provider, another company. */
	THIRD_PARTY,
	/** The person who reported it, for an answer or a test. */
	REPORTER

}
