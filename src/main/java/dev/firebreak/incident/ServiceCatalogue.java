package dev.firebreak.incident;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services incidents can be about, with their tier, owning team and uptime target.
 */
@Component
public class ServiceCatalogue {

	private static final String COLUMNS = "name, tier, owning_team, uptime_target, enabled";

	private final JdbcClient jdbc;

	ServiceCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<MonitoredService> find(String name) {
		return jdbc.sql("select " + COLUMNS + " from fb_service where name = ?")
			.param(name)
			.query(ServiceCatalogue::service)
			.optional();
	}

	/** Enabled and disabled, by name. */
	public List<MonitoredService> all() {
		return jdbc.sql("select " + COLUMNS + " from fb_service order by name").query(ServiceCatalogue::service).list();
	}

	/**
	 * Adds the service, or updates its tier and team when it exists (its uptime target
	 * and whether it is enabled stay as they are).
	 */
	@Transactional
	public void register(MonitoredService service) {
		requireTier(service.tier());
		int updated = jdbc.sql("update fb_service set tier = ?, owning_team = ? where name = ?")
			.params(service.tier(), service.owningTeam(), service.name())
			.update();
		if (updated == 0) {
			insert(service);
		}
	}

	/**
	 * Adds a new service.
	 * @throws org.springframework.dao.DuplicateKeyException when the name is taken
	 */
	@Transactional
	public MonitoredService create(MonitoredService service) {
		requireTier(service.tier());
		insert(service);
		return find(service.name()).orElseThrow();
	}

	/**
	 * @return the service as changed, or empty when there is none of that name
	 */
	@Transactional
	public Optional<MonitoredService> update(String name, int tier, String owningTeam, BigDecimal uptimeTarget) {
		requireTier(tier);
		jdbc.sql("update fb_service set tier = ?, owning_team = ?, uptime_target = ? where name = ?")
			.params(tier, owningTeam, uptimeTarget, name)
			.update();
		return find(name);
	}

	/**
	 * @return the service as changed, or empty when there is none of that name
	 */
	@Transactional
	public Optional<MonitoredService> setEnabled(String name, boolean enabled) {
		jdbc.sql("update fb_service set enabled = ? where name = ?").params(enabled, name).update();
		return find(name);
	}

	private void insert(MonitoredService service) {
		jdbc.sql("insert into fb_service (" + COLUMNS + ") values (?, ?, ?, ?, ?)")
			.params(service.name(), service.tier(), service.owningTeam(), service.uptimeTarget(), service.enabled())
			.update();
	}

	private static void requireTier(int tier) {
		if (tier < 1 || tier > 3) {
			throw new IllegalArgumentException("Service tier must be 1, 2 or 3, not " + tier);
		}
	}

	/** Mapped by hand: every alert looks its service up, and reflection costs there. */
	private static MonitoredService service(ResultSet row, int number) throws SQLException {
		return new MonitoredService(row.getString("name"), row.getInt("tier"), row.getString("owning_team"),
				row.getBigDecimal("uptime_target"), row.getBoolean("enabled"));
	}

}
