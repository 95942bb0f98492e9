package dev.firebreak.incident;

/**
 * How many people the incident reaches: HIGH = most users, MEDIUM = a segment, LOW = a
 * few or internal only.
 */
public enum Impact {

	HIGH, MEDIUM, LOW

}
