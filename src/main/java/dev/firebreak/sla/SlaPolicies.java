package dev.firebreak.sla;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.failure.Conflict;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.NotFound;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA policies and working-hours calendars: everyone signed in reads them, admins change
 * them, each change in the audit log. A change moves the due times of open incidents,
 * past ones are recomputed when next read (ADR 0019).
 */
@Service
public class SlaPolicies {

	private final SlaRepository repository;

	private final ServiceCatalogue catalogue;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SlaPolicies(SlaRepository repository, ServiceCatalogue catalogue, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SlaPolicy> policies() {
		return repository.policies();
	}

	@Transactional(readOnly = true)
	public SlaPolicy policy(long id) {
		return repository.policy(id).orElseThrow(() -> new NotFound(null, "No SLA policy " + id + "."));
	}

	@Transactional
	public SlaPolicy create(SlaPolicyRequest request, Authentication authentication) {
		String by = admin(authentication, "create SLA policies");
		SlaRules.Policy policy = checked(request, null);
		long id = repository.insertPolicy(policy, by, clock.instant());
		SlaPolicy created = policy(id);
		audit.record(by, "SLA_POLICY_CREATED", "SLA policy " + id, Map.of("after", created));
		events.publishEvent(SlaTermsChanged.policy(null, created));
		return created;
	}

	@Transactional
	public SlaPolicy update(long id, SlaPolicyRequest request, Authentication authentication) {
		String by = admin(authentication, "change SLA policies");
		SlaPolicy before = policy(id);
		repository.updatePolicy(id, checked(request, id), by, clock.instant());
		SlaPolicy after = policy(id);
		audit.record(by, "SLA_POLICY_UPDATED", "SLA policy " + id, Map.of("before", before, "after", after));
		events.publishEvent(SlaTermsChanged.policy(before, after));
		return after;
	}

	@Transactional
	public void delete(long id, Authentication authentication) {
		String by = admin(authentication, "delete SLA policies");
		SlaPolicy before = policy(id);
		repository.deletePolicy(id);
		audit.record(by, "SLA_POLICY_DELETED", "SLA policy " + id, Map.of("before", before));
		events.publishEvent(SlaTermsChanged.policy(before, null));
	}

	@Transactional(readOnly = true)
	public List<SlaCalendar> calendars() {
		return repository.calendars();
	}

	@Transactional(readOnly = true)
	public SlaCalendar calendar(long id) {
		return repository.calendar(id).orElseThrow(() -> new NotFound(null, "No SLA calendar " + id + "."));
	}

	@Transactional
	public SlaCalendar create(SlaCalendarRequest request, Authentication authentication) {
		String by = admin(authentication, "create SLA calendars");
		SlaRules.Calendar calendar = checked(request, null);
		long id = repository.insertCalendar(calendar, by, clock.instant());
		SlaCalendar created = calendar(id);
		audit.record(by, "SLA_CALENDAR_CREATED", "SLA calendar " + id, Map.of("after", created));
		return created;
	}

	@Transactional
	public SlaCalendar update(long id, SlaCalendarRequest request, Authentication authentication) {
		String by = admin(authentication, "change SLA calendars");
		SlaCalendar before = calendar(id);
		repository.updateCalendar(id, checked(request, id), by, clock.instant());
		SlaCalendar after = calendar(id);
		audit.record(by, "SLA_CALENDAR_UPDATED", "SLA calendar " + id, Map.of("before", before, "after", after));
		events.publishEvent(SlaTermsChanged.everyOpenIncident());
		return after;
	}

	/** A calendar a policy still measures by stays. */
	@Transactional
	public void deleteCalendar(long id, Authentication authentication) {
		String by = admin(authentication, "delete SLA calendars");
		SlaCalendar before = calendar(id);
		if (repository.calendarInUse(id)) {
			throw new Conflict("Calendar in use",
					"A policy measures by calendar " + before.name() + ": change that policy first.");
		}
		repository.deleteCalendar(id);
		audit.record(by, "SLA_CALENDAR_DELETED", "SLA calendar " + id, Map.of("before", before));
	}

	public boolean mayEdit(Authentication authentication) {
		return Actor.of(authentication).hasRole(Role.ADMIN);
	}

	private SlaRules.Policy checked(SlaPolicyRequest request, Long id) {
		SlaRules.Policy policy = SlaRules.policy(request, service -> catalogue.find(service).isPresent(),
				calendar -> repository.calendar(calendar).isPresent());
		repository.policyWithScope(SlaPolicy.scopeKey(policy.service(), policy.tier(), policy.priority()))
			.filter(other -> !other.equals(id))
			.ifPresent(other -> {
				List<FieldError> fields = new ArrayList<>();
				String message = "already has SLA policy " + repository.policy(other).map(SlaPolicy::name).orElse("")
						+ " for this service, tier and priority";
				fields.add(new FieldError(
						policy.service() != null ? "service" : policy.tier() != null ? "tier" : "priority", message));
				throw new Conflict("Scope taken", "Another policy has this scope: change that one instead.", fields);
			});
		return policy;
	}

	private SlaRules.Calendar checked(SlaCalendarRequest request, Long id) {
		SlaRules.Calendar calendar = SlaRules.calendar(request);
		if (repository.calendarNameTaken(calendar.name(), id)) {
			throw new Conflict("Name taken", "Another calendar is called " + calendar.name() + ".",
					List.of(new FieldError("name", "is taken by another calendar")));
		}
		return calendar;
	}

	private static String admin(Authentication authentication, String action) {
		Actor actor = Actor.of(authentication);
		actor.requireAnyRole(action, Role.ADMIN);
		return actor.username();
	}

}
