package dev.firebreak.admin;

import java.util.List;
import java.util.Map;

import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.security.Actor;
import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.Role;
import dev.firebreak.security.TeamDirectory;

import dev.firebreak.failure.Conflict;

import dev.firebreak.failure.InvalidInput;

import dev.firebreak.failure.NotFound;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the service catalogue: which services exist, how critical they are, which
 * team owns their incidents and what uptime they promise. Everyone signed in may read it
 * (reporting an incident needs a service name). Each change is audited before → after.
 */
@Service
@Transactional
public class ServiceAdminService {

	static final String SERVICE_CREATED = "SERVICE_CREATED";

	static final String SERVICE_UPDATED = "SERVICE_UPDATED";

	static final String SERVICE_DISABLED = "SERVICE_DISABLED";

	static final String SERVICE_ENABLED = "SERVICE_ENABLED";

	private final ServiceCatalogue catalogue;

	private final TeamDirectory teams;

	private final AuditLog audit;

	ServiceAdminService(ServiceCatalogue catalogue, TeamDirectory teams, AuditLog audit) {
		this.catalogue = catalogue;
		this.teams = teams;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<MonitoredService> list(boolean includeDisabled) {
		return catalogue.all().stream().filter(service -> includeDisabled || service.enabled()).toList();
	}

	@Transactional(readOnly = true)
	public MonitoredService get(String name) {
		return find(name);
	}

	public MonitoredService create(Actor actor, ServiceRequests.Create request) {
		actor.requireAnyRole("add services", Role.ADMIN);
		requireActiveTeam(request.owningTeam());
		MonitoredService created;
		try {
			created = catalogue.create(new MonitoredService(request.name(), request.tier(), request.owningTeam(),
					request.uptimeTarget() == null ? MonitoredService.DEFAULT_UPTIME_TARGET : request.uptimeTarget(),
					true));
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict(null, "There is already a service named " + request.name() + ".");
		}
		audit.record(actor.username(), SERVICE_CREATED, request.name(), Map.of("after", created));
		return created;
	}

	public MonitoredService update(Actor actor, String name, ServiceRequests.Update request) {
		actor.requireAnyRole("change services", Role.ADMIN);
		MonitoredService before = find(name);
		if (!before.owningTeam().equals(request.owningTeam())) {
			requireActiveTeam(request.owningTeam());
		}
		MonitoredService after = catalogue.update(name, request.tier(), request.owningTeam(), request.uptimeTarget())
			.orElseThrow();
		audit.record(actor.username(), SERVICE_UPDATED, name, Map.of("before", before, "after", after));
		return after;
	}

	/** Takes no new incidents; open ones carry on. */
	public MonitoredService disable(Actor actor, String name) {
		return setEnabled(actor, name, false, SERVICE_DISABLED);
	}

	public MonitoredService enable(Actor actor, String name) {
		return setEnabled(actor, name, true, SERVICE_ENABLED);
	}

	private MonitoredService setEnabled(Actor actor, String name, boolean enabled, String action) {
		actor.requireAnyRole((enabled ? "enable" : "disable") + " services", Role.ADMIN);
		MonitoredService before = find(name);
		MonitoredService after = catalogue.setEnabled(name, enabled).orElseThrow();
		audit.record(actor.username(), action, name, Map.of("before", before, "after", after));
		return after;
	}

	private void requireActiveTeam(String team) {
		if (!teams.isActive(team)) {
			throw new InvalidInput("owningTeam", "is not an enabled team");
		}
	}

	private MonitoredService find(String name) {
		return catalogue.find(name).orElseThrow(() -> new NotFound(null, "There is no service " + name + "."));
	}

}
