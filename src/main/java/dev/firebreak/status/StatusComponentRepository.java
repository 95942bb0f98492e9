package dev.firebreak.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code fb_status_component} and the services of each. */
@Repository
class StatusComponentRepository {

	private final JdbcClient jdbc;

	StatusComponentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StatusComponent> all() {
		Map<Long, List<String>> services = new LinkedHashMap<>();
		jdbc.sql("select component_id, service from fb_status_component_service order by service")
			.query((rs, row) -> services.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return jdbc.sql("select id, name, description, position from fb_status_component order by position, id")
			.query((rs, row) -> new StatusComponent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					List.copyOf(services.getOrDefault(rs.getLong(1), List.of()))))
			.list();
	}

	Optional<StatusComponent> find(long id) {
		return all().stream().filter(component -> component.id() == id).findFirst();
	}

	boolean nameTaken(String name, long exceptId) {
		return jdbc.sql("select count(*) from fb_status_component where lower(name) = lower(?) and id <> ?")
			.params(name, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String name, String description, int position, List<String> services, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into fb_status_component (name, description, position, updated_at) values (?, ?, ?, ?)")
			.params(name, description, position, toDb(at))
			.update(key, "id");
		long id = key.getKey().longValue();
		replaceServices(id, services);
		return id;
	}

	boolean update(long id, String name, String description, int position, List<String> services, Instant at) {
		int updated = jdbc
			.sql("update fb_status_component set name = ?, description = ?, position = ?, updated_at = ? where id = ?")
			.params(name, description, position, toDb(at), id)
			.update();
		if (updated == 1) {
			replaceServices(id, services);
		}
		return updated == 1;
	}

	boolean delete(long id) {
		jdbc.sql("delete from fb_status_component_service where component_id = ?").param(id).update();
		return jdbc.sql("delete from fb_status_component where id = ?").param(id).update() == 1;
	}

	/** When a component last changed, for the page's Last-Modified. */
	Optional<Instant> lastChange() {
		return jdbc.sql("select max(updated_at) from fb_status_component")
			.query((rs, row) -> rs.getObject(1, LocalDateTime.class))
			.optional()
			.map(at -> at.toInstant(ZoneOffset.UTC));
	}

	private void replaceServices(long id, List<String> services) {
		jdbc.sql("delete from fb_status_component_service where component_id = ?").param(id).update();
		for (String service : services) {
			jdbc.sql("insert into fb_status_component_service (component_id, service) values (?, ?)")
				.params(id, service)
				.update();
		}
	}

	private static LocalDateTime toDb(Instant at) {
		return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
