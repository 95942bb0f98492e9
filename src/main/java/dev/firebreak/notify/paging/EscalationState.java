package dev.firebreak.notify.paging;

/** Where an incident stands on its escalation policy. */
public enum EscalationState {

	/** A level is paged and, unless someone acknowledges, the next one will be. */
	CLIMBING,
	/** Someone acknowledged: the climb stopped. */
	ACKNOWLEDGED,
	/** Every level of every round was paged and nobody acknowledged. */
	ENDED,
	/** The incident was over before the next level was due. */
	CLOSED,
	/** The incident's team has no escalation policy: nobody was paged. */
	NO_POLICY,
	/** No level of the policy reached anybody. */
	UNREACHED;

	/** Whether nobody is being paged although nobody acknowledged: shown loudly. */
	public boolean nobodyPaged() {
		return this == NO_POLICY || this == UNREACHED;
	}

}
