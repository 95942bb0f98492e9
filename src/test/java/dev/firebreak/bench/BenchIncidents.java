package dev.firebreak.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.firebreak.incident.Incident;

/**
 * The benchmark's incidents, a pure function of their id, so that the loader can write
 * them to the database and the raw baseline can rebuild the very same Incidents rows in
 * memory. Every incident went the whole route (reported, prioritised, acknowledged,
 * hotfixed, root cause recorded, closed), so every column the export fills has a value;
 * the times vary so that both SLA outcomes occur.
 */
final class BenchIncidents {

	/**
	 * The first incident's detection; one incident every 30 s after it, so a million span
	 * a year. The production-scale benchmark sets {@code firebreak.bench.t0} so that its
	 * year ends today.
	 */
	static final Instant T0 = Instant.parse(System.getProperty("firebreak.bench.t0", "2025-01-01T00:00:00Z"));

	/** Seconds between two incidents' detection. */
	static final long SPACING = 30;

	/** Timeline entries per incident; their ids are {@code (id - 1) * 6 + 1 ..}. */
	static final int ENTRIES = 6;

	static final List<String> ENTRY_TYPES = List.of("REPORTED", "PRIORITISED", "ACKNOWLEDGED", "HOTFIX_DEPLOYED",
			"ROOT_CAUSE_RECORDED", "CLOSED");

	static final List<String> STAGES = List.of("DIAGNOSIS", "HOTFIX", "VERIFICATION", "ROOT_CAUSE_ANALYSIS");

	private static final List<String> TITLES = List.of("Checkout latency above 2s", "Payment provider returns 502",
			"Disk 91% full", "Certificate expires in 3 days", "Login error rate above 5%", "Queue backlog growing",
			"Replica lag above 30s", "Search index stale");

	/** Services {@code service-0..49}; service k is owned by team {@code k mod 10}. */
	static final int SERVICES = 50;

	static final int TEAMS = 10;

	private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");

	private static final List<String> IMPACTS = List.of("HIGH", "MEDIUM", "LOW");

	private BenchIncidents() {
	}

	static String title(long id) {
		return TITLES.get((int) (id % TITLES.size())) + " on host-" + (id % 997);
	}

	static String service(long id) {
		return "service-" + (id % SERVICES);
	}

	static String team(long id) {
		return "team-" + (id % TEAMS);
	}

	static String severity(long id) {
		return SEVERITIES.get((int) (id % SEVERITIES.size()));
	}

	static String impact(long id) {
		return IMPACTS.get((int) (id % IMPACTS.size()));
	}

	static String priority(long id) {
		return "P" + (1 + id % 4);
	}

	static int escalationLevel(long id) {
		return (int) (id % 3);
	}

	static int occurrences(long id) {
		return (int) (1 + id % 5);
	}

	/** Every third incident is a recurrence of the one before it. */
	static Long recurrenceOf(long id) {
		return id > 1 && id % 3 == 0 ? id - 1 : null;
	}

	/** One in twenty duplicates the one before it. */
	static Long duplicateOf(long id) {
		return id > 1 && id % 20 == 0 ? id - 1 : null;
	}

	static Instant detectedAt(long id) {
		return T0.plusSeconds(SPACING * id);
	}

	/** 5 to 19 minutes: past the 15-minute target for a third of them. */
	static Instant acknowledgedAt(long id) {
		return detectedAt(id).plus(Duration.ofMinutes(5 + id % 15));
	}

	static Instant mitigatedAt(long id) {
		return detectedAt(id).plus(Duration.ofMinutes(40));
	}

	/** 2 to 5 hours: past the 4-hour target for a quarter of them. */
	static Instant resolvedAt(long id) {
		return detectedAt(id).plus(Duration.ofHours(2 + id % 4));
	}

	static Instant closedAt(long id) {
		return detectedAt(id).plus(Duration.ofHours(26));
	}

	static Instant ackDueAt(long id) {
		return detectedAt(id).plus(Duration.ofMinutes(15));
	}

	static Instant resolveDueAt(long id) {
		return detectedAt(id).plus(Duration.ofHours(4));
	}

	/** Who claimed and completed the incident's task of stage {@code stage} (0..3). */
	static String assignee(long id, int stage) {
		return "responder-" + ((id + 7L * stage) % 50);
	}

	static String hotfixReference(long id) {
		return "PR-" + id;
	}

	static String rootCauseSummary(long id) {
		return "CAPACITY: pool too small → traffic doubled on host-" + (id % 997);
	}

	static long firstEntryId(long id) {
		return (id - 1) * ENTRIES + 1;
	}

	static Instant entryAt(long id, int entry) {
		return switch (entry) {
			case 0, 1 -> detectedAt(id);
			case 2 -> acknowledgedAt(id);
			case 3 -> mitigatedAt(id);
			case 4 -> resolvedAt(id).plus(Duration.ofHours(1));
			default -> closedAt(id);
		};
	}

	static String entryActor(long id, int entry) {
		return switch (entry) {
			case 0, 1 -> "firebreak";
			case 2 -> assignee(id, 0);
			case 3 -> assignee(id, 1);
			case 4 -> assignee(id, 3);
			default -> "firebreak";
		};
	}

	/** The details JSON the way the application writes it for each entry type. */
	static String entryDetails(long id, int entry) {
		return switch (entry) {
			case 0 -> "{\"source\":\"alertmanager\",\"service\":\"" + service(id) + "\"}";
			case 1 -> "{\"decision\":\"incident-priority\",\"inputs\":{\"severity\":\"" + severity(id)
					+ "\",\"tier\":2,\"impact\":\"" + impact(id) + "\"},\"outputs\":{\"priority\":\"" + priority(id)
					+ "\",\"acknowledgeWithin\":\"PT15M\",\"resolveWithin\":\"PT4H\",\"rcaRequired\":true}}";
			case 2 -> "{\"task\":\"DIAGNOSIS\"}";
			case 3 -> "{\"changeDescription\":\"Raise pool size\",\"reference\":\"" + hotfixReference(id)
					+ "\",\"rollbackPlan\":\"Revert\",\"testedInStaging\":true}";
			case 4 -> "{\"rootCauseCategory\":\"CAPACITY\",\"fiveWhys\":[\"pool too small\",\"traffic doubled on host-"
					+ (id % 997) + "\"],\"preventiveActions\":\"Autoscale\"}";
			default -> "{\"resolution\":\"FIXED_BY_HOTFIX\"}";
		};
	}

	static String number(long id) {
		return Incident.number(id);
	}

}
