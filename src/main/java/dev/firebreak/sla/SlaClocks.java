package dev.firebreak.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.Resolution;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.suppression.MaintenanceWindows;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clocks of incidents, computed whenever they are read from what the incident
 * recorded (detection, acknowledgement, resolution, its pauses) and the policy that
 * matches it now. Nothing computed is stored, so a changed policy or calendar gives the
 * new figures for past incidents too, the same every time (ADR 0019). The page, the
 * reports and the workbooks all read clocks here.
 */
@Service
public class SlaClocks {

	/** Pauses of this many incidents are read in one query. */
	private static final int BATCH = 500;

	private final SlaRepository repository;

	private final ServiceCatalogue catalogue;

	private final MaintenanceWindows maintenance;

	private final Clock clock;

	SlaClocks(SlaRepository repository, ServiceCatalogue catalogue, MaintenanceWindows maintenance, Clock clock) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.maintenance = maintenance;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SlaState state(Incident incident) {
		return state(incident, clock.instant());
	}

	@Transactional(readOnly = true)
	public SlaState state(Incident incident, Instant now) {
		Facts facts = Facts.of(incident);
		return new Reading().state(facts, repository.pauses(facts.id()), now);
	}

	@Transactional(readOnly = true)
	public SlaState state(IncidentRecord incident, Instant now) {
		Facts facts = Facts.of(incident);
		return new Reading().state(facts, repository.pauses(facts.id()), now);
	}

	/** The clocks of many incidents at {@code now}, by incident id. */
	@Transactional(readOnly = true)
	public Map<Long, SlaState> states(Collection<IncidentRecord> incidents, Instant now) {
		return states(incidents, Facts::of, now);
	}

	/**
	 * {@link #states} of incidents read whole (a page's open incidents), with one reading
	 * of the policies and the pauses of {@link #BATCH} incidents per query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, SlaState> incidentStates(Collection<Incident> incidents, Instant now) {
		return states(incidents, Facts::of, now);
	}

	private <T> Map<Long, SlaState> states(Collection<T> incidents, Function<T, Facts> facts, Instant now) {
		Map<Long, SlaState> states = new HashMap<>();
		read(incidents, facts, (reading, incident, pauses) -> {
			Facts known = facts.apply(incident);
			states.put(known.id(), reading.state(known, pauses, now));
		});
		return states;
	}

	/**
	 * The terms behind the clocks of many incidents at {@code now}, by incident id: what
	 * the issue log's SLA pauses sheet lists.
	 */
	@Transactional(readOnly = true)
	public Map<Long, SlaTerms> terms(Collection<IncidentRecord> incidents, Instant now) {
		Map<Long, SlaTerms> terms = new HashMap<>();
		read(incidents, Facts::of, (reading, incident, pauses) -> terms.put(incident.id(),
				reading.terms(incident.number(), Facts.of(incident), pauses, now)));
		return terms;
	}

	/**
	 * The incidents that waited at some moment of {@code [from, to)}, by id: what a
	 * report reads the terms of to show its waits.
	 */
	@Transactional(readOnly = true)
	public Set<Long> waitedIn(Instant from, Instant to) {
		return repository.waitedIn(from, to);
	}

	/** Reads the pauses of {@link #BATCH} incidents at a time, with one reading. */
	private <T> void read(Collection<T> incidents, Function<T, Facts> facts, Each<T> each) {
		Reading reading = new Reading();
		List<T> all = List.copyOf(incidents);
		for (int from = 0; from < all.size(); from += BATCH) {
			List<T> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			Map<Long, List<SlaPause>> pauses = repository
				.pauses(batch.stream().map(incident -> facts.apply(incident).id()).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.groupingBy(SlaPause::incidentId));
			for (T incident : batch) {
				each.accept(reading, incident, pauses.getOrDefault(facts.apply(incident).id(), List.of()));
			}
		}
	}

	private interface Each<T> {

		void accept(Reading reading, T incident, List<SlaPause> pauses);

	}

	/**
	 * Which policy measures the incident and what stopped its clocks: the terms behind
	 * its figures, for whoever traces them.
	 */
	@Transactional(readOnly = true)
	public SlaTerms terms(Incident incident) {
		Facts facts = Facts.of(incident);
		return new Reading().terms(incident.number(), facts, repository.pauses(facts.id()), clock.instant());
	}

	/** The due time a deadline timer should fire at; null while it is not known. */
	@Transactional(readOnly = true)
	public Instant acknowledgeDue(Incident incident) {
		return state(incident).acknowledge().due();
	}

	@Transactional(readOnly = true)
	public Instant resolveDue(Incident incident) {
		return state(incident).resolve().due();
	}

	/**
	 * What one read needs, loaded once: policies, calendars, service tiers and
	 * maintenance windows.
	 */
	private final class Reading {

		private final List<SlaPolicy> policies = repository.policies();

		private final Map<Long, BusinessHours> calendars = new HashMap<>();

		private final Map<String, Integer> tiers = new HashMap<>();

		private final Map<String, List<BusinessHours.Interval>> windows = new HashMap<>();

		SlaState state(Facts facts, List<SlaPause> pauses, Instant now) {
			Optional<SlaPolicy> policy = policy(facts);
			if (policy.isEmpty() && pauses.isEmpty()) {
				// the decision's due times as they were recorded: what every incident
				// without a policy or a pause has always shown
				return SlaState.of(facts.status(), facts.resolution(), facts.acknowledgedAt(), facts.mitigatedAt(),
						facts.resolvedAt(), facts.closedAt(), facts.ackDueAt(), facts.resolveDueAt(), now);
			}
			BusinessHours hours = policy.filter(p -> p.measure() == SlaPolicy.Measure.BUSINESS_HOURS)
				.map(p -> calendars.computeIfAbsent(p.calendarId(),
						id -> repository.calendar(id).map(SlaCalendar::businessHours).orElse(BusinessHours.ALWAYS)))
				.orElse(BusinessHours.ALWAYS);
			List<BusinessHours.Interval> excluded = new ArrayList<>(pauses.stream().map(SlaPause::interval).toList());
			if (policy.isPresent() && policy.get().pauseDuringMaintenance()) {
				excluded.addAll(maintenance(facts));
			}
			Duration acknowledgeWithin = policy.map(SlaPolicy::acknowledgeWithin)
				.orElse(facts.ackDueAt() == null ? null : Duration.between(facts.detectedAt(), facts.ackDueAt()));
			Duration resolveWithin = policy.map(SlaPolicy::resolveWithin)
				.orElse(facts.resolveDueAt() == null ? null
						: Duration.between(facts.detectedAt(), facts.resolveDueAt()));
			SlaState stops = SlaState.of(facts.status(), facts.resolution(), facts.acknowledgedAt(),
					facts.mitigatedAt(), facts.resolvedAt(), facts.closedAt(), null, null, now);
			return new SlaState(
					countdown(facts.detectedAt(), acknowledgeWithin, stops.acknowledge().stoppedAt(), hours, excluded,
							now),
					countdown(facts.detectedAt(), resolveWithin, stops.resolve().stoppedAt(), hours, excluded, now));
		}

		SlaTerms terms(String number, Facts facts, List<SlaPause> pauses, Instant now) {
			Optional<SlaPolicy> policy = policy(facts);
			List<SlaTerms.Stop> maintenanceStops = policy.filter(SlaPolicy::pauseDuringMaintenance)
				.map(p -> maintenance(facts).stream().map(i -> new SlaTerms.Stop(i.from(), i.to())).toList())
				.orElse(List.of());
			return new SlaTerms(number, policy.orElse(null), pauses, maintenanceStops, state(facts, pauses, now));
		}

		/** The most specific policy for the incident; none before prioritisation. */
		Optional<SlaPolicy> policy(Facts facts) {
			if (facts.priority() == null || policies.isEmpty()) {
				return Optional.empty();
			}
			int tier = tiers.computeIfAbsent(facts.service(),
					service -> catalogue.find(service).map(MonitoredService::tier).orElse(0));
			return policies.stream()
				.filter(policy -> policy.matches(facts.service(), tier, facts.priority()))
				.max(Comparator.comparingInt(SlaPolicy::specificity));
		}

		List<BusinessHours.Interval> maintenance(Facts facts) {
			return windows
				.computeIfAbsent(facts.service(),
						service -> maintenance.endingAfter(service, Instant.EPOCH)
							.stream()
							.filter(window -> window.endsAt().isAfter(window.startsAt()))
							.map(window -> new BusinessHours.Interval(window.startsAt(), window.endsAt()))
							.toList())
				.stream()
				.filter(window -> window.to().isAfter(facts.detectedAt()))
				.toList();
		}

	}

	/**
	 * One clock: {@code within} of counted time from detection, where the calendar's
	 * hours count and the excluded stretches do not.
	 */
	static SlaCountdown countdown(Instant start, Duration within, Instant stoppedAt, BusinessHours hours,
			List<BusinessHours.Interval> excluded, Instant now) {
		if (within == null) {
			return SlaCountdown.of(null, stoppedAt, now);
		}
		// a pause still open when the clock stopped ends there
		List<BusinessHours.Interval> counted = stoppedAt == null ? excluded
				: excluded.stream()
					.filter(interval -> interval.from().isBefore(stoppedAt))
					.map(interval -> interval.to() == null || interval.to().isAfter(stoppedAt)
							? new BusinessHours.Interval(interval.from(), stoppedAt) : interval)
					.toList();
		Instant due = hours.plus(start, within, counted);
		boolean pausedNow = stoppedAt == null && excluded.stream().anyMatch(interval -> interval.contains(now));
		if (due == null) {
			return stoppedAt != null ? SlaCountdown.of(null, stoppedAt, now)
					: SlaCountdown.waiting(within.minus(hours.between(start, now, counted)));
		}
		SlaCountdown countdown = SlaCountdown.of(due, stoppedAt, now);
		return pausedNow ? countdown.pausedNow() : countdown;
	}

	/** What the clocks are computed from, from an incident or from its row. */
	record Facts(long id, String service, Priority priority, IncidentStatus status, Resolution resolution,
			Instant detectedAt, Instant acknowledgedAt, Instant mitigatedAt, Instant resolvedAt, Instant closedAt,
			Instant ackDueAt, Instant resolveDueAt) {

		static Facts of(Incident i) {
			return new Facts(i.id(), i.serviceName(), i.priority(), i.status(), i.resolution(), i.detectedAt(),
					i.acknowledgedAt(), i.mitigatedAt(), i.resolvedAt(), i.closedAt(), i.ackDueAt(), i.resolveDueAt());
		}

		static Facts of(IncidentRecord i) {
			return new Facts(i.id(), i.service(), i.priority(), i.status(), i.resolution(), i.detectedAt(),
					i.acknowledgedAt(), i.mitigatedAt(), i.resolvedAt(), i.closedAt(), i.ackDueAt(), i.resolveDueAt());
		}

	}

}
