package dev.firebreak.report;

import java.math.BigDecimal;

/**
 * A service of the catalogue as reports see it.
 *
 * @param uptimeTarget committed uptime in percent, null when none is set
 */
record ServiceInfo(String name, int tier, String team, BigDecimal uptimeTarget) {

	/** Used when a service has no target of its own. */
	static final double DEFAULT_UPTIME_TARGET = 99.9;

	double uptimeTargetPercent() {
		return uptimeTarget == null ? DEFAULT_UPTIME_TARGET : uptimeTarget.doubleValue();
	}

}
