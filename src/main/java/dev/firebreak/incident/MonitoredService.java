package dev.firebreak.incident;

import java.math.BigDecimal;

/**
 * A service in the catalogue: what incidents are about, and whose queue they land in.
 *
 * @param name unique name, as monitoring labels it
 * @param tier 1 = business critical, 3 = internal or best effort
 * @param owningTeam the team whose queue gets the service's incidents
 * @param uptimeTarget the availability promised, in percent (e.g. 99.9)
 * @param enabled a disabled service takes no new incidents; its history stays
 */
public record MonitoredService(String name, int tier, String owningTeam, BigDecimal uptimeTarget, boolean enabled) {

	public static final BigDecimal DEFAULT_UPTIME_TARGET = new BigDecimal("99.9");

	/** 99.900 from the database reads 99.9, as it was entered. */
	public MonitoredService {
		if (uptimeTarget != null) {
			uptimeTarget = uptimeTarget.stripTrailingZeros();
			if (uptimeTarget.scale() < 0) {
				uptimeTarget = uptimeTarget.setScale(0);
			}
		}
	}

	/** An enabled service with the default uptime target. */
	public MonitoredService(String name, int tier, String owningTeam) {
		this(name, tier, owningTeam, DEFAULT_UPTIME_TARGET, true);
	}

}
