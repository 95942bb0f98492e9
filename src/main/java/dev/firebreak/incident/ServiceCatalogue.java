package dev.firebreak.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The services incidents can be about, with their tier and owning team. */
@Component
public class ServiceCatalogue {

	private final JdbcClient jdbc;

	ServiceCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<MonitoredService> find(String name) {
		return jdbc.sql("select name, tier, owning_team from fb_service where name = ?")
			.param(name)
			.query(MonitoredService.class)
			.optional();
	}

	public List<MonitoredService> all() {
		return jdbc.sql("select name, tier, owning_team from fb_service order by name")
			.query(MonitoredService.class)
			.list();
	}

	/** Adds the service, or updates its tier and team when it exists. */
	@Transactional
	public void register(MonitoredService service) {
		if (service.tier() < 1 || service.tier() > 3) {
			throw new IllegalArgumentException("Service tier must be 1, 2 or 3, not " + service.tier());
		}
		int updated = jdbc.sql("update fb_service set tier = ?, owning_team = ? where name = ?")
			.params(service.tier(), service.owningTeam(), service.name())
			.update();
		if (updated == 0) {
			jdbc.sql("insert into fb_service (name, tier, owning_team) values (?, ?, ?)")
				.params(service.name(), service.tier(), service.owningTeam())
				.update();
		}
	}

}
