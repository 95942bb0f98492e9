package dev.firebreak.export;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.firebreak.export.IssueLogRows.IncidentRow;
import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.incident.Incident;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaState;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** One row per incident. */
final class IncidentsSheet {

	static final String NAME = "Incidents";

	static final List<Column> COLUMNS = List.of(new Column("Number", 12), new Column("Title", 40),
			new Column("Service", 20), new Column("Team", 14), new Column("Severity", 10), new Column("Impact", 9),
			new Column("Priority", 9), new Column("Status", 13), new Column("Stage", 21), new Column("Resolution", 20),
			new Column("Detected", 20), new Column("Acknowledged", 20), new Column("Mitigated", 20),
			new Column("Resolved", 20), new Column("Closed", 20), new Column("Time to acknowledge", 12),
			new Column("Time to resolve", 12), new Column("Acknowledge due", 20), new Column("Acknowledge SLA", 11),
			new Column("Resolve due", 20), new Column("Resolve SLA", 11), new Column("Escalation level", 10),
			new Column("Occurrences", 11), new Column("Diagnosis by", 16), new Column("Hotfix by", 16),
			new Column("Verification by", 16), new Column("Root cause analysis by", 16),
			new Column("Hotfix reference", 20), new Column("Root cause summary", 50), new Column("Recurrence of", 12),
			new Column("Duplicate of", 12), new Column("Timeline head entry", 12),
			new Column("Timeline head hash", 66));

	private final IssueLogSheetWriter sheet;

	IncidentsSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	void write(IncidentRow incident, IncidentFacts facts, SlaState sla) {
		sheet.row()
			.text(Incident.number(incident.id()))
			.text(incident.title())
			.text(incident.service())
			.text(incident.team())
			.text(incident.severity())
			.text(incident.impact())
			.text(incident.priority())
			.text(incident.status().name())
			.text(incident.stage())
			.text(incident.resolution() == null ? null : incident.resolution().name())
			.time(incident.detectedAt())
			.time(incident.acknowledgedAt())
			.time(incident.mitigatedAt())
			.time(incident.resolvedAt())
			.time(incident.closedAt())
			.duration(between(incident.detectedAt(), incident.acknowledgedAt()))
			.duration(between(incident.detectedAt(), incident.resolvedAt()))
			.time(incident.ackDueAt())
			.text(state(sla.acknowledge()))
			.time(incident.resolveDueAt())
			.text(state(sla.resolve()))
			.number((long) incident.escalationLevel())
			.number((long) incident.occurrences());
		for (String stage : IncidentFacts.STAGES) {
			sheet.text(facts.assigneesOf(stage));
		}
		sheet.text(facts.hotfixReference)
			.text(facts.rootCause)
			.text(incident.recurrenceOf() == null ? null : Incident.number(incident.recurrenceOf()))
			.text(incident.duplicateOf() == null ? null : Incident.number(incident.duplicateOf()))
			.number(facts.head == null ? null : facts.head.id())
			.text(facts.head == null ? null : facts.head.hash());
	}

	/** met / breached once the clock stopped; running / overdue while it runs. */
	static String state(SlaCountdown clock) {
		if (clock.due() == null) {
			return null;
		}
		if (clock.stoppedAt() != null) {
			return clock.breached() ? "breached" : "met";
		}
		return clock.breached() ? "overdue" : "running";
	}

	static Duration between(Instant start, Instant end) {
		return start == null || end == null ? null : Duration.between(start, end);
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
