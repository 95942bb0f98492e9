package dev.firebreak.probe;

/**
 * How one kind of probe makes one check. Implementations never throw: whatever goes wrong
 * is the check's result. Each keeps to the probe's timeout, so a hanging target holds one
 * worker of the bounded pool for that long and no longer. When interrupted, a check
 * returns with the thread's interrupt flag set, and its result must not be recorded.
 */
interface KindCheck {

	ProbeKind kind();

	CheckResult run(Probe probe);

}
