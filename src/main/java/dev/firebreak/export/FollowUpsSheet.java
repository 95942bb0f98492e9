package dev.firebreak.export;

import java.time.LocalDate;
import java.util.List;

import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.followup.FollowUp;
import dev.firebreak.incident.IncidentRecord;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The follow-up actions of each incident, read through followup's
 * {@code FollowUpQueries}: who owns what by when, where it stands, and whether it was
 * overdue on the day of the export (in the zone due dates are kept in).
 */
final class FollowUpsSheet {

	static final String NAME = "Follow-ups";

	static final List<Column> COLUMNS = List.of(new Column("Incident", 12), new Column("Title", 40),
			new Column("Owner", 14), new Column("Team", 14), new Column("Due", 12), new Column("Status", 14),
			new Column("Required", 9), new Column("Overdue", 9), new Column("Ticket", 30),
			new Column("Risk accepted because", 40), new Column("Created", 20), new Column("Created by", 14),
			new Column("Settled", 20), new Column("Settled by", 14), new Column("Escalated", 20));

	private final IssueLogSheetWriter sheet;

	FollowUpsSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	/**
	 * @param today the day of the export where due dates are kept
	 */
	void write(IncidentRecord incident, List<FollowUp> followUps, LocalDate today) {
		for (FollowUp followUp : followUps) {
			sheet.row()
				.text(incident.number())
				.text(followUp.title())
				.text(followUp.owner())
				.text(followUp.team())
				.date(followUp.dueDate())
				.name(followUp.status())
				.text(followUp.required() ? "yes" : "no")
				.text(followUp.overdueOn(today) ? "yes" : "no")
				.text(followUp.ticketUrl())
				.text(followUp.riskReason())
				.time(followUp.createdAt())
				.text(followUp.createdBy())
				.time(followUp.closedAt())
				.text(followUp.closedBy())
				.time(followUp.escalatedAt());
		}
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
