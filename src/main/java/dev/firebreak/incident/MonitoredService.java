package dev.firebreak.incident;

/**
 * A service in the catalogue: what incidents are about, and whose queue they land in.
 *
 * @param name unique name, as monitoring labels it
 * @param tier 1 = business critical, 3 = internal or best effort
 * @param owningTeam the team whose queue gets the service's incidents
 */
public record MonitoredService(String name, int tier, String owningTeam) {
}
