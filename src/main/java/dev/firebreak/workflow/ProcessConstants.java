package dev.firebreak.workflow;

/** Names shared by the BPMN/DMN models and the code; change both together. */
final class ProcessConstants {

	static final String PROCESS_KEY = "incident-resolution";

	static final String DECISION_KEY = "incident-priority";

	static final String VAR_INCIDENT_ID = "incidentId";

	/** The owning team: the candidate group of every human task. */
	static final String VAR_TEAM = "team";

	static final String VAR_DIAGNOSIS_OUTCOME = "diagnosisOutcome";

	static final String VAR_VERIFICATION_PASSED = "verificationPassed";

	// Transient variables carried by messages: never stored in the engine's tables.

	static final String VAR_RECOVERY_SOURCE = "recoverySource";

	static final String VAR_NEW_SEVERITY = "newSeverity";

	static final String VAR_NEW_IMPACT = "newImpact";

	static final String VAR_REASON = "reason";

	static final String VAR_DUPLICATE_OF = "duplicateOf";

	static final String MESSAGE_RECOVERED = "MonitoringRecovered";

	static final String MESSAGE_REPRIORITISE = "Reprioritise";

	static final String MESSAGE_CANCEL_AS_DUPLICATE = "CancelAsDuplicate";

	static final String MESSAGE_RECOVERED_UNACKNOWLEDGED = "RecoveredBeforeAcknowledged";

	/**
	 * The diagnosis outcome recorded when monitoring recovered before anyone diagnosed.
	 */
	static final String OUTCOME_RECOVERED = "RECOVERED";

	static final String TASK_DIAGNOSE = "task_diagnose";

	static final String TASK_HOTFIX = "task_hotfix";

	static final String TASK_VERIFY = "task_verify";

	static final String TASK_RCA = "task_rca";

	static final String TIMER_ACK_DEADLINE = "timer_ack_deadline";

	static final String TIMER_RESOLVE_DEADLINE = "timer_resolve_deadline";

	/** Who the timeline names for what the engine decides or does on its own. */
	static final String SYSTEM_ACTOR = "firebreak";

	private ProcessConstants() {
	}

}
