package dev.firebreak.suppression;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.failure.FieldError;
import dev.firebreak.incident.ServiceCatalogue;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling, changing and cancelling maintenance windows: managers and admins only, each
 * change written to the audit log with the window before and after, and announced
 * ({@link MaintenanceScheduled}, {@link MaintenanceChanged},
 * {@link MaintenanceCancelled}) for whoever tells the outside. Everyone signed in reads
 * them, ahead of time.
 */
@Service
public class MaintenanceWindows {

	static final String CREATED = "MAINTENANCE_WINDOW_CREATED";

	static final String UPDATED = "MAINTENANCE_WINDOW_UPDATED";

	static final String CANCELLED = "MAINTENANCE_WINDOW_CANCELLED";

	/** Windows that ended longer ago than this drop off the list. */
	private static final Duration RECENT = Duration.ofDays(30);

	private final MaintenanceWindowRepository windows;

	private final SuppressedAlertRepository suppressed;

	private final ServiceCatalogue catalogue;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MaintenanceWindows(MaintenanceWindowRepository windows, SuppressedAlertRepository suppressed,
			ServiceCatalogue catalogue, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.windows = windows;
		this.suppressed = suppressed;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public MaintenanceWindowView create(MaintenanceWindowRequest request, Authentication authentication) {
		String by = requireManager(authentication, "schedule maintenance windows");
		Instant now = now();
		MaintenanceWindowRequest window = checked(request, now);
		long id = windows.insert(window, request.suppressAlerts() == null || request.suppressAlerts(), by, now);
		MaintenanceWindowView created = get(id);
		audit.record(by, CREATED, "maintenance window " + id, Map.of("after", created));
		events.publishEvent(new MaintenanceScheduled(id, created.service(), created.startsAt(), created.endsAt(),
				created.description()));
		return created;
	}

	/** A window that has ended or was cancelled stays as it was, for the record. */
	@Transactional
	public MaintenanceWindowView update(long id, MaintenanceWindowRequest request, Authentication authentication) {
		String by = requireManager(authentication, "change maintenance windows");
		Instant now = now();
		MaintenanceWindowView before = get(id);
		if (before.state() == MaintenanceWindow.State.ENDED || before.state() == MaintenanceWindow.State.CANCELLED) {
			throw new InvalidInputException(List.of(new FieldError("endsAt",
					"this window has " + (before.state() == MaintenanceWindow.State.ENDED ? "ended" : "been cancelled")
							+ " and can no longer be changed")));
		}
		MaintenanceWindowRequest window = checked(request, now);
		windows.update(id, window, request.suppressAlerts() == null || request.suppressAlerts(), by, now);
		MaintenanceWindowView after = get(id);
		audit.record(by, UPDATED, "maintenance window " + id, Map.of("before", before, "after", after));
		if (!before.service().equals(after.service()) || !before.startsAt().equals(after.startsAt())
				|| !before.endsAt().equals(after.endsAt()) || !before.description().equals(after.description())) {
			events.publishEvent(new MaintenanceChanged(id, after.service(), after.startsAt(), after.endsAt(),
					after.description(), before.service(), before.startsAt(), before.endsAt(), now));
		}
		return after;
	}

	/**
	 * Ends a running window now, or cancels one that has not started. Cancelling one that
	 * is over changes nothing.
	 */
	@Transactional
	public MaintenanceWindowView cancel(long id, Authentication authentication) {
		String by = requireManager(authentication, "cancel maintenance windows");
		MaintenanceWindowView before = get(id);
		Instant now = now();
		if (windows.cancel(id, by, now)) {
			audit.record(by, CANCELLED, "maintenance window " + id, Map.of("before", before));
			events.publishEvent(new MaintenanceCancelled(id, before.service(), before.startsAt(), before.endsAt(),
					before.description(), !before.startsAt().isAfter(now), now));
		}
		return get(id);
	}

	@Transactional(readOnly = true)
	public MaintenanceWindowView get(long id) {
		return MaintenanceWindowView.of(windows.find(id).orElseThrow(() -> NotFoundException.window(id)), now());
	}

	/**
	 * Upcoming and running windows by start, then those that ended in the last 30 days.
	 * @param service only this service's, or null for all
	 */
	@Transactional(readOnly = true)
	public List<MaintenanceWindowView> list(String service) {
		Instant now = now();
		return windows.endingAfter(now.minus(RECENT), service)
			.stream()
			.map(window -> MaintenanceWindowView.of(window, now))
			.toList();
	}

	/**
	 * A service's windows that end after {@code after}, ended ones included, by start:
	 * what SLA clocks that stop during maintenance leave out.
	 */
	@Transactional(readOnly = true)
	public List<MaintenanceWindowView> endingAfter(String service, Instant after) {
		Instant now = now();
		return windows.endingAfter(after, service)
			.stream()
			.map(window -> MaintenanceWindowView.of(window, now))
			.toList();
	}

	/** The alerts it suppressed, newest first. */
	@Transactional(readOnly = true)
	public List<SuppressedAlert> alerts(long id, int limit) {
		get(id);
		return suppressed.latest(new Suppression(Suppression.Kind.MAINTENANCE, id), limit);
	}

	public boolean mayEdit(Authentication authentication) {
		return Editor.of(authentication).manages();
	}

	private MaintenanceWindowRequest checked(MaintenanceWindowRequest request, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		String service = request.service() == null ? null : request.service().strip();
		if (service == null || service.isEmpty()) {
			errors.add(new FieldError("service", "must not be blank"));
		}
		else if (catalogue.find(service).isEmpty()) {
			errors.add(new FieldError("service", "is not in the service catalogue"));
		}
		if (request.startsAt() == null) {
			errors.add(new FieldError("startsAt", "must not be null"));
		}
		if (request.endsAt() == null) {
			errors.add(new FieldError("endsAt", "must not be null"));
		}
		else if (request.startsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
			errors.add(new FieldError("endsAt", "must be after the start"));
		}
		else if (!request.endsAt().isAfter(now)) {
			errors.add(new FieldError("endsAt", "must be in the future"));
		}
		String description = request.description() == null ? null : request.description().strip();
		if (description == null || description.isEmpty()) {
			errors.add(new FieldError("description", "must not be blank"));
		}
		else if (description.length() > 2000) {
			errors.add(new FieldError("description", "must be at most 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new MaintenanceWindowRequest(service, request.startsAt().truncatedTo(ChronoUnit.SECONDS),
				request.endsAt().truncatedTo(ChronoUnit.SECONDS), description, request.suppressAlerts());
	}

	private static String requireManager(Authentication authentication, String what) {
		Editor editor = Editor.of(authentication);
		if (!editor.manages()) {
			throw new AccessDeniedException("Only managers and admins may " + what + ".");
		}
		return editor.username();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
