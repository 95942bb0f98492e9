package dev.firebreak.followup;

/**
 * Whether an incident's root-cause analysis is complete: a root cause was recorded, and
 * each of its required follow-up actions is done or was accepted as risk by a manager.
 *
 * @param required the required actions
 * @param settled of those, the ones done or accepted as risk
 */
public record RcaCompletion(State state, int required, int settled) {

	public enum State {

		/** No root cause is recorded (none was asked for, or it is still ahead). */
		NOT_RECORDED,
		/** A root cause is recorded, but required actions are still open. */
		AWAITING_ACTIONS,
		/** A root cause is recorded and every required action is settled. */
		COMPLETE

	}

	public boolean complete() {
		return state == State.COMPLETE;
	}

}
