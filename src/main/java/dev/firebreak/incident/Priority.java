package dev.firebreak.incident;

/**
 * Decided by the prioritisation rules (processes/incident-priority.dmn), never typed in.
 */
public enum Priority {

	P1, P2, P3, P4

}
