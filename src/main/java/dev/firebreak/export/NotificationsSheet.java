package dev.firebreak.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.export.IssueLogSheetWriter.Column;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.TimelineRecord;
import dev.firebreak.incident.TimelineType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Who was told what about each incident, from the timeline the notify feature writes:
 * every notification handed to its channel or given up on (who, channel, when, why, how
 * many attempts), whether it was acknowledged from its link, and every escalation level
 * that reached nobody. The incident's own hash chain covers each of these entries.
 */
final class NotificationsSheet {

	static final String NAME = "Notifications";

	static final List<Column> COLUMNS = List.of(new Column("Time", 20), new Column("Incident", 12),
			new Column("Event", 16), new Column("Notification", 12), new Column("To", 16), new Column("Channel", 10),
			new Column("Purpose", 11), new Column("Attempts", 9), new Column("Reason", 50),
			new Column("Acknowledged from it", 20), new Column("Acknowledged by", 16));

	private final IssueLogSheetWriter sheet;

	private final ObjectMapper json;

	NotificationsSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles, ObjectMapper json) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
		this.json = json;
	}

	/** The notification entries of one incident's timeline, in order. */
	void write(List<TimelineRecord> entries) {
		Map<Long, TimelineRecord> acknowledgedFrom = new HashMap<>();
		for (TimelineRecord entry : entries) {
			if (entry.type() == TimelineType.ACKNOWLEDGED) {
				JsonNode notification = Json.read(json, entry.details()).path("notification");
				if (notification.canConvertToLong()) {
					acknowledgedFrom.put(notification.asLong(), entry);
				}
			}
		}
		for (TimelineRecord entry : entries) {
			switch (entry.type()) {
				case NOTIFIED -> notification(entry, "sent", acknowledgedFrom);
				case NOTIFICATION_FAILED -> notification(entry, "given up", acknowledgedFrom);
				case NOBODY_PAGED -> nobody(entry);
				default -> {
				}
			}
		}
	}

	private void notification(TimelineRecord entry, String event, Map<Long, TimelineRecord> acknowledgedFrom) {
		JsonNode details = Json.read(json, entry.details());
		Long id = details.path("notification").canConvertToLong() ? details.path("notification").asLong() : null;
		TimelineRecord acknowledged = id == null ? null : acknowledgedFrom.get(id);
		sheet.row()
			.time(entry.at())
			.text(Incident.number(entry.incidentId()))
			.text(event)
			.number(id)
			.text(IncidentFacts.text(details, "to"))
			.text(IncidentFacts.text(details, "channel"))
			.text(IncidentFacts.text(details, "purpose"))
			.number(details.path("attempts").canConvertToLong() ? details.path("attempts").asLong() : null)
			.text(IncidentFacts.text(details, "reason"))
			.time(acknowledged == null ? null : acknowledged.at())
			.text(acknowledged == null ? null : acknowledged.actor());
	}

	private void nobody(TimelineRecord entry) {
		JsonNode details = Json.read(json, entry.details());
		String level = details.path("level").canConvertToLong() ? " (level " + details.path("level").asLong() + ")"
				: "";
		sheet.row()
			.time(entry.at())
			.text(Incident.number(entry.incidentId()))
			.text("nobody reached" + level)
			.number(null)
			.text(null)
			.text(null)
			.text("PAGE")
			.number(null)
			.text(IncidentFacts.text(details, "reason"))
			.time(null)
			.text(null);
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
