package dev.firebreak.export;

import java.util.List;

import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.export.IssueLogSheetWriter.Column;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One row per incident. Its due times are those sla computes (the policy, its business
 * hours, the pauses), the ones the incident page and the reports show; the decision's own
 * are on the Decisions sheet.
 */
final class IncidentsSheet {

	static final String NAME = "Incidents";

	static final List<Column> COLUMNS = List.of(new Column("Number", 12), new Column("Title", 40),
			new Column("Service", 20), new Column("Team", 14), new Column("Severity", 10), new Column("Impact", 9),
			new Column("Priority", 9), new Column("Status", 13), new Column("Stage", 21), new Column("Resolution", 20),
			new Column("Detected", 20), new Column("First paged", 20), new Column("Acknowledged", 20),
			new Column("Mitigated", 20), new Column("Resolved", 20), new Column("Closed", 20),
			new Column("Time to acknowledge", 12), new Column("Time to resolve", 12), new Column("Acknowledge due", 20),
			new Column("Acknowledge SLA", 11), new Column("Resolve due", 20), new Column("Resolve SLA", 11),
			new Column("Escalation level", 10), new Column("Occurrences", 11), new Column("Diagnosis by", 16),
			new Column("Hotfix by", 16), new Column("Verification by", 16), new Column("Root cause analysis by", 16),
			new Column("Hotfix reference", 20), new Column("Root cause summary", 50), new Column("Recurrence of", 12),
			new Column("Duplicate of", 12), new Column("Timeline head entry", 12),
			new Column("Timeline head hash", 66));

	private final IssueLogSheetWriter sheet;

	IncidentsSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	/** Writes the row's cells; everything else was computed with the facts. */
	void write(IncidentRecord incident, IncidentFacts facts) {
		sheet.row()
			.text(facts.number)
			.text(incident.title())
			.text(incident.service())
			.text(incident.team())
			.name(incident.severity())
			.name(incident.impact())
			.name(incident.priority())
			.name(incident.status())
			.name(incident.stage())
			.name(incident.resolution())
			.time(incident.detectedAt())
			.time(incident.firstPagedAt())
			.time(incident.acknowledgedAt())
			.time(incident.mitigatedAt())
			.time(incident.resolvedAt())
			.time(incident.closedAt())
			.duration(facts.timeToAcknowledge)
			.duration(facts.timeToResolve)
			.time(facts.sla.acknowledge().due())
			.text(facts.acknowledgeState)
			.time(facts.sla.resolve().due())
			.text(facts.resolveState)
			.number((long) incident.escalationLevel())
			.number((long) incident.occurrences());
		for (String assignees : facts.stageAssignees) {
			sheet.text(assignees);
		}
		sheet.text(facts.hotfixReference)
			.text(facts.rootCause)
			.text(facts.recurrenceOf)
			.text(facts.duplicateOf)
			.number(facts.head == null ? null : facts.head.id())
			.text(facts.head == null ? null : facts.head.hash());
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
