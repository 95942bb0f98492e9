package dev.firebreak.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read which part of a report: the one place that decides it. Managers, auditors
 * and admins read everything; responders read the rows of services their teams own, and
 * no organisation-wide totals (those would show other teams' work).
 *
 * @param teams the teams whose rows are shown; ignored when {@code everything}
 */
public record ReportAudience(boolean everything, Set<String> teams) {

	private static final Set<Role> READ_EVERYTHING = EnumSet.of(Role.MANAGER, Role.AUDITOR, Role.ADMIN);

	private static final Set<Role> REGENERATE = EnumSet.of(Role.MANAGER, Role.ADMIN);

	/**
	 * @throws AccessDeniedException for someone who may read no report
	 */
	public static ReportAudience of(Actor actor) {
		if (READ_EVERYTHING.stream().anyMatch(actor::hasRole)) {
			return new ReportAudience(true, Set.of());
		}
		if (actor.hasRole(Role.RESPONDER)) {
			return new ReportAudience(false, Set.copyOf(actor.teams()));
		}
		throw new AccessDeniedException("Reports are for managers, auditors, admins and responders.");
	}

	/**
	 * @throws AccessDeniedException unless the actor may recompute a stored report
	 */
	static void requireRegenerate(Actor actor) {
		if (REGENERATE.stream().noneMatch(actor::hasRole)) {
			throw new AccessDeniedException("Only managers and admins may regenerate a report.");
		}
	}

	boolean sees(String team) {
		return everything || (team != null && teams.contains(team));
	}

	<T extends TeamRow> List<T> filter(List<T> rows) {
		return everything ? rows : rows.stream().filter(row -> sees(row.team())).toList();
	}

	/** The teams a filtered report covers, or null for the whole organisation. */
	List<String> scope() {
		return everything ? null : teams.stream().sorted().toList();
	}

	/** A report row that belongs to the team owning its service. */
	interface TeamRow {

		String team();

	}

}
