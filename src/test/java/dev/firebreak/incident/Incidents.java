package dev.firebreak.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Incidents in each state of the route, built in memory by the aggregate's own
 * transitions in the order the route makes them, at fixed times. Each one is as the
 * repository would hand it out: with an id and nothing recorded since it was loaded, so a
 * test sees only what its own step records.
 */
public final class Incidents {

	public static final long ID = 42;

	public static final String SERVICE = "checkout";

	public static final String TEAM = "ops";

	public static final Instant DETECTED_AT = Instant.parse("2030-03-04T09:00:00Z");

	/** A P2: acknowledge within 30 minutes, resolve within 8 hours. */
	public static final Duration ACKNOWLEDGE_WITHIN = Duration.ofMinutes(30);

	public static final Duration RESOLVE_WITHIN = Duration.ofHours(8);

	public static final Instant ACK_DUE_AT = DETECTED_AT.plus(ACKNOWLEDGE_WITHIN);

	public static final Instant RESOLVE_DUE_AT = DETECTED_AT.plus(RESOLVE_WITHIN);

	public static final Instant ACKNOWLEDGED_AT = DETECTED_AT.plus(Duration.ofMinutes(10));

	/**
	 * When {@link #recoveredUnacknowledged()} recovered and {@link #cancelled()} ended.
	 */
	public static final Instant RECOVERED_AT = DETECTED_AT.plus(Duration.ofMinutes(20));

	public static final Instant MITIGATED_AT = DETECTED_AT.plus(Duration.ofHours(1));

	public static final Instant RESOLVED_AT = DETECTED_AT.plus(Duration.ofHours(2));

	public static final Instant CLOSED_AT = DETECTED_AT.plus(Duration.ofHours(3));

	/** The route's own actor, as on the timeline. */
	static final String SYSTEM = "firebreak";

	private Incidents() {
	}

	/** The P2 decision every built incident gets; RCA is not required by it. */
	public static PriorityDecision decision(boolean rcaRequired) {
		return new PriorityDecision("incident-priority", 3,
				Map.of("severity", "HIGH", "serviceTier", 2, "impact", "MEDIUM"), Priority.P2, ACKNOWLEDGE_WITHIN,
				RESOLVE_WITHIN, rcaRequired);
	}

	/** Reported by rita; not prioritised yet (no due times). */
	public static Incident reported() {
		Incident incident = Incident.report("Checkout returns 502", "Since 09:00 the pay button fails",
				new MonitoredService(SERVICE, 2, TEAM), Severity.HIGH, Impact.MEDIUM, "rita", DETECTED_AT);
		incident.id = ID;
		return loaded(incident);
	}

	/** Prioritised P2 and waiting in diagnosis for someone to take it. */
	public static Incident open() {
		Incident incident = reported();
		incident.applyPriority(decision(false), SYSTEM, DETECTED_AT);
		incident.enterStage(Stage.DIAGNOSIS, SYSTEM, DETECTED_AT);
		return loaded(incident);
	}

	/** Rita took the diagnosis, in time. */
	public static Incident acknowledged() {
		Incident incident = open();
		incident.recordTaskClaim("task-diagnose", Stage.DIAGNOSIS, true, "rita", ACKNOWLEDGED_AT);
		incident.acknowledge("rita", ACKNOWLEDGED_AT);
		return loaded(incident);
	}

	/** Diagnosed as needing a fix; waiting in hotfix. */
	public static Incident needingAFix() {
		Incident incident = acknowledged();
		incident.diagnose(StageReports.diagnosis(DiagnosisOutcome.NEEDS_FIX, "Connection pool exhausted"), "rita",
				ACKNOWLEDGED_AT);
		incident.enterStage(Stage.HOTFIX, SYSTEM, ACKNOWLEDGED_AT);
		return loaded(incident);
	}

	/** Diagnosed as a false alarm; the route closes it next. */
	public static Incident falseAlarm() {
		Incident incident = acknowledged();
		incident.diagnose(StageReports.diagnosis(DiagnosisOutcome.FALSE_ALARM, "Test alert"), "rita", ACKNOWLEDGED_AT);
		return loaded(incident);
	}

	/** A hotfix is deployed; waiting in verification. */
	public static Incident mitigated() {
		Incident incident = needingAFix();
		incident.deployHotfix(StageReports.hotfix("PR-101"), "ravi", MITIGATED_AT);
		incident.enterStage(Stage.VERIFICATION, SYSTEM, MITIGATED_AT);
		return loaded(incident);
	}

	/** Verified as fixed, in time. */
	public static Incident resolved() {
		Incident incident = mitigated();
		incident.verify(StageReports.verification(true, "200 OK"), "rita", RESOLVED_AT);
		return loaded(incident);
	}

	public static Incident closed() {
		Incident incident = resolved();
		incident.close("rita", CLOSED_AT);
		return loaded(incident);
	}

	/** A false alarm, closed by the route straight after diagnosis. */
	public static Incident closedFalseAlarm() {
		Incident incident = falseAlarm();
		incident.close(SYSTEM, CLOSED_AT);
		return loaded(incident);
	}

	/** Cancelled as a duplicate of {@link #original()} before anyone took it. */
	public static Incident cancelled() {
		Incident incident = open();
		incident.cancelAsDuplicate(original(), "Same outage", "mona", RECOVERED_AT);
		return loaded(incident);
	}

	/**
	 * Monitoring reported recovery before anyone took it; waiting in verification.
	 */
	public static Incident recoveredUnacknowledged() {
		Incident incident = open();
		incident.recoverBeforeAcknowledgement("alertmanager", "integration:prometheus", RECOVERED_AT);
		incident.enterStage(Stage.VERIFICATION, SYSTEM, RECOVERED_AT);
		return loaded(incident);
	}

	/** Another open incident (INC-000007), the one duplicates point at. */
	public static Incident original() {
		Incident incident = open();
		incident.id = 7L;
		return incident;
	}

	/**
	 * The state a table of cases names: "open", "acknowledged", "needing a fix", "false
	 * alarm", "mitigated", "recovered unacknowledged", "resolved", "closed", "closed
	 * false alarm", "cancelled".
	 */
	static Incident named(String state) {
		Supplier<Incident> built = BY_NAME.get(state);
		if (built == null) {
			throw new IllegalArgumentException("No incident state called '" + state + "'; known: " + BY_NAME.keySet());
		}
		return built.get();
	}

	private static final Map<String, Supplier<Incident>> BY_NAME = byName();

	private static Map<String, Supplier<Incident>> byName() {
		Map<String, Supplier<Incident>> states = new LinkedHashMap<>();
		states.put("open", Incidents::open);
		states.put("acknowledged", Incidents::acknowledged);
		states.put("needing a fix", Incidents::needingAFix);
		states.put("false alarm", Incidents::falseAlarm);
		states.put("mitigated", Incidents::mitigated);
		states.put("recovered unacknowledged", Incidents::recoveredUnacknowledged);
		states.put("resolved", Incidents::resolved);
		states.put("closed", Incidents::closed);
		states.put("closed false alarm", Incidents::closedFalseAlarm);
		states.put("cancelled", Incidents::cancelled);
		return states;
	}

	/** As the repository leaves it after saving: what was recorded is written. */
	private static Incident loaded(Incident incident) {
		incident.changes.clear();
		return incident;
	}

}
