package dev.firebreak.problem;

import java.time.Instant;

/**
 * A problem in the list.
 *
 * @param key the fingerprint the problem was created from
 * @param totalIncidents every incident grouped into it
 * @param incidentsInWindow those detected within the recurrence window up to now
 * @param knownErrorWorkaround what to do while the root cause stands; null until a
 * manager writes one
 */
record ProblemSummary(long id, String number, KeyKind keyKind, String key, String service, String title,
		Instant firstSeen, Instant lastSeen, long totalIncidents, long incidentsInWindow, RcaStatus rcaStatus,
		String knownErrorWorkaround) {

	static ProblemSummary of(ProblemRecord problem, RcaStatus rcaStatus) {
		return new ProblemSummary(problem.id(), problem.number(), problem.keyKind(), problem.key(), problem.service(),
				problem.title(), problem.firstSeen(), problem.lastSeen(), problem.incidentCount(),
				problem.incidentsInWindow(), rcaStatus, problem.workaround());
	}

}
