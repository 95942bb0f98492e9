package dev.firebreak.export;

import java.time.Instant;

/**
 * Who receives a scheduled report by email: everyone holding a role, or every member of a
 * team. Each reads the report as they may see it in Firebreak (a responder their teams'
 * rows only).
 *
 * @param report {@code DAILY} or {@code MONTHLY_SLA}
 * @param audienceKind {@code ROLE} or {@code TEAM}
 * @param audience the role (MANAGER, AUDITOR, ...) or the team's name
 */
public record ReportSubscription(long id, String report, String audienceKind, String audience, Instant createdAt,
		String createdBy) {

	/** The reports that are mailed. */
	public static final java.util.List<String> REPORTS = java.util.List.of("DAILY", "MONTHLY_SLA");

}
