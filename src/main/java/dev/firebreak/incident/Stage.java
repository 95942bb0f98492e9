package dev.firebreak.incident;

/** The step of the incident route the incident is in. */
public enum Stage {

	DETECTION, PRIORITISATION, DIAGNOSIS, HOTFIX, VERIFICATION, ROOT_CAUSE_ANALYSIS, CLOSED

}
