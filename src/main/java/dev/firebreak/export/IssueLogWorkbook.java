package dev.firebreak.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.audit.Chain;
import dev.firebreak.audit.ChainVerifier;
import dev.firebreak.audit.HeadDigest;
import dev.firebreak.export.IssueLogPages.Page;
import dev.firebreak.export.IssueLogPages.PageIncident;
import dev.firebreak.export.IssueLogReader.Bounds;
import dev.firebreak.audit.AuditLogChain;
import dev.firebreak.incident.Incident;
import dev.firebreak.sla.SlaClocks;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.TimelineChain;
import dev.firebreak.incident.TimelineRecord;
import dev.firebreak.incident.TimelineType;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * Writes the issue-log workbook: page by page of incidents (the next page read while this
 * one is written), each page's timeline entries and tasks go to all sheets at once, then
 * About. POI's streaming workbook keeps {@value #ROW_WINDOW} rows per sheet in memory and
 * the rest in temporary files, so memory does not grow with the export.
 */
@Component
class IssueLogWorkbook {

	static final int ROW_WINDOW = 100;

	/** Which sheets to write; the benchmark measures the Incidents sheet alone. */
	enum Scope {

		ALL_SHEETS, INCIDENTS_ONLY

	}

	private final IssueLogReader reader;

	private final ChainVerifier chains;

	private final AuditLogChain audit;

	private final ObjectMapper json;

	private final Clock clock;

	private final ExportProperties properties;

	private final SlaClocks clocks;

	IssueLogWorkbook(IssueLogReader reader, ChainVerifier chains, AuditLogChain audit, ObjectMapper json, Clock clock,
			ExportProperties properties, SlaClocks clocks) {
		this.clocks = clocks;
		this.reader = reader;
		this.chains = chains;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	IssueLogResult write(ExportFilters filters, String exportedBy, OutputStream out, LongConsumer progress)
			throws IOException {
		return write(filters, exportedBy, out, progress, Scope.ALL_SHEETS);
	}

	/**
	 * @param progress told the incidents, timeline entries and tasks read so far, after
	 * every page
	 */
	IssueLogResult write(ExportFilters filters, String exportedBy, OutputStream out, LongConsumer progress, Scope scope)
			throws IOException {
		Instant exportedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Chain.Head auditHead = chains.head(audit);
		Bounds bounds = reader.bounds();
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
		try (IssueLogPages pages = new IssueLogPages(reader, filters, bounds, properties.pageSize(), exportedAt, json,
				clocks)) {
			Sheets sheets = new Sheets(workbook, scope);
			HeadDigest digest = new HeadDigest();
			long read = 0;
			LocalDate today = reader.followUpDay(exportedAt);
			for (Page page = pages.next(); !page.isEmpty(); page = pages.next()) {
				for (PageIncident incident : page.incidents()) {
					sheets.write(incident, exportedAt, today);
					IncidentFacts facts = incident.facts();
					if (facts.head != null) {
						digest.add(Incident.number(incident.incident().id()), facts.head.id(), facts.head.hash());
					}
				}
				read += page.rows();
				progress.accept(read);
			}
			sheets.finishIncidents(filters);
			ChainHead head = new ChainHead(auditHead.id(), auditHead.hash(), bounds.maxEntry(), digest.hex(),
					digest.chains());
			Map<String, Integer> rows = sheets.finish();
			AboutSheet.write(workbook, sheets.styles, exportedBy, exportedAt, filters, rows, head);
			workbook.write(out);
			return new IssueLogResult(exportedAt, rows, read, head);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/** The data sheets of one workbook, written together. */
	private final class Sheets {

		final IssueLogSheetWriter.Styles styles;

		private final IncidentsSheet incidents;

		private final TimelineSheet timeline;

		private final TasksSheet tasks;

		private final SlaBreachesSheet breaches;

		private final DecisionsSheet decisions;

		private final NotificationsSheet notifications;

		private final FeedbackSheet feedback;

		private final FollowUpsSheet followUps;

		private final SlaPausesSheet pauses;

		private final SuppressionSheets suppression;

		private final ChangesSheet changes;

		Sheets(SXSSFWorkbook workbook, Scope scope) {
			styles = new IssueLogSheetWriter.Styles(workbook);
			incidents = new IncidentsSheet(workbook, styles);
			boolean all = scope == Scope.ALL_SHEETS;
			timeline = all ? new TimelineSheet(workbook, styles) : null;
			tasks = all ? new TasksSheet(workbook, styles) : null;
			breaches = all ? new SlaBreachesSheet(workbook, styles) : null;
			pauses = all ? new SlaPausesSheet(workbook, styles) : null;
			decisions = all ? new DecisionsSheet(workbook, styles, json) : null;
			notifications = all ? new NotificationsSheet(workbook, styles, json) : null;
			feedback = all ? new FeedbackSheet(workbook, styles) : null;
			followUps = all ? new FollowUpsSheet(workbook, styles) : null;
			suppression = all ? new SuppressionSheets(workbook, styles) : null;
			changes = all ? new ChangesSheet(workbook, styles) : null;
		}

		/**
		 * @param today the day of the export in the zone of follow-up due dates
		 */
		void write(PageIncident page, Instant now, LocalDate today) {
			IncidentRecord incident = page.incident();
			IncidentFacts facts = page.facts();
			incidents.write(incident, facts);
			if (timeline != null) {
				for (TimelineRecord entry : page.entries()) {
					timeline.write(entry);
					if (entry.type() == TimelineType.PRIORITISED) {
						decisions.write(entry);
					}
				}
				page.tasks().forEach(tasks::write);
				breaches.write(incident, facts, facts.sla, now);
				pauses.write(incident, page.sla(), now);
				notifications.write(page.entries());
				feedback.write(incident, page.feedback());
				followUps.write(incident, page.followUps(), today);
			}
		}

		/**
		 * After the incidents: what was suppressed, and what changed, in the same range.
		 */
		void finishIncidents(ExportFilters filters) {
			if (suppression != null) {
				suppression.write(reader, filters, reader.services(filters));
				changes.write(reader, filters, reader.services(filters));
			}
		}

		Map<String, Integer> finish() {
			Map<String, Integer> rows = new LinkedHashMap<>();
			List<IssueLogSheetWriter> all = new ArrayList<>(List.of(incidents.sheet()));
			if (timeline != null) {
				all.addAll(List.of(timeline.sheet(), tasks.sheet(), breaches.sheet(), pauses.sheet(), decisions.sheet(),
						notifications.sheet(), feedback.sheet(), followUps.sheet()));
				all.addAll(suppression.sheets());
				all.add(changes.sheet());
			}
			for (IssueLogSheetWriter sheet : all) {
				sheet.finish();
				rows.put(sheet.name(), sheet.rows());
			}
			return rows;
		}

	}

}
