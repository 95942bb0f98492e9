package dev.firebreak.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.failure.NotFound;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins decide what the public sees as components: which services each groups, in which
 * order. Everyone may read them (they are on the public page anyway).
 */
@Service
@Transactional
public class StatusComponents {

	static final int MAX_NAME = 100;

	static final int MAX_DESCRIPTION = 500;

	private final StatusComponentRepository components;

	private final ServiceCatalogue catalogue;

	private final Clock clock;

	StatusComponents(StatusComponentRepository components, ServiceCatalogue catalogue, Clock clock) {
		this.components = components;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** A component as an admin writes it; {@code position} defaults to the end. */
	public record Request(String name, String description, Integer position, List<String> services) {
	}

	@Transactional(readOnly = true)
	public List<StatusComponent> list() {
		return components.all();
	}

	@Transactional(readOnly = true)
	public StatusComponent get(long id) {
		return components.find(id).orElseThrow(() -> notFound(id));
	}

	public StatusComponent create(Actor actor, Request request) {
		actor.requireAnyRole("change the status page", Role.ADMIN);
		List<String> services = validate(request, 0);
		int position = request.position() != null ? request.position() : components.all().size() + 1;
		long id = components.insert(request.name().strip(), description(request), position, services, clock.instant());
		return get(id);
	}

	public StatusComponent update(Actor actor, long id, Request request) {
		actor.requireAnyRole("change the status page", Role.ADMIN);
		StatusComponent current = get(id);
		List<String> services = validate(request, id);
		int position = request.position() != null ? request.position() : current.position();
		components.update(id, request.name().strip(), description(request), position, services, clock.instant());
		return get(id);
	}

	public void delete(Actor actor, long id) {
		actor.requireAnyRole("change the status page", Role.ADMIN);
		if (!components.delete(id)) {
			throw notFound(id);
		}
	}

	/** Every wrong field at once; the services as given, without repeats. */
	private List<String> validate(Request request, long id) {
		List<FieldError> errors = new ArrayList<>();
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty()) {
			errors.add(new FieldError("name", "is required"));
		}
		else if (name.length() > MAX_NAME) {
			errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
		}
		else if (components.nameTaken(name, id)) {
			errors.add(new FieldError("name", "is already the name of another component"));
		}
		if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
			errors.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
		}
		if (request.position() != null && request.position() < 0) {
			errors.add(new FieldError("position", "must be 0 or more"));
		}
		List<String> services = request.services() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(request.services()));
		if (services.isEmpty()) {
			errors.add(new FieldError("services", "must name at least one service"));
		}
		for (String service : services) {
			if (service == null || catalogue.find(service).isEmpty()) {
				errors.add(new FieldError("services", "names an unknown service: " + service));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return services;
	}

	private static String description(Request request) {
		return request.description() == null || request.description().isBlank() ? null : request.description().strip();
	}

	private static NotFound notFound(long id) {
		return new NotFound("Status page component not found", "There is no status page component " + id + ".");
	}

}
