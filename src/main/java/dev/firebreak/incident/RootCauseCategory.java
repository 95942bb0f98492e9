package dev.firebreak.incident;

/** Where root causes are filed, so that recurring kinds of failure show up in reports. */
public enum RootCauseCategory {

	CODE_DEFECT, CONFIGURATION, CAPACITY, DEPENDENCY, INFRASTRUCTURE, DATA, SECURITY, PROCESS, UNKNOWN

}
