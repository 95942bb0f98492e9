package dev.firebreak.export;

import java.util.List;
import java.util.Set;

import dev.firebreak.change.ChangeEvent;
import dev.firebreak.change.ChangeQueries.LinkedChange;
import dev.firebreak.export.IssueLogSheetWriter.Column;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The changes senders reported (deployments, PagerDuty change events) within the issue
 * log's time range and services, each with the incidents of its service detected within
 * the change window after it; read through change's {@code ChangeQueries}. The priority
 * and status filters are about incidents and do not apply.
 */
final class ChangesSheet {

	static final String NAME = "Changes";

	static final List<Column> COLUMNS = List.of(new Column("Changed at", 20), new Column("Change", 9),
			new Column("Service", 16), new Column("Summary", 50), new Column("Source", 18), new Column("Version", 12),
			new Column("Author", 14), new Column("Link", 30), new Column("Format", 12), new Column("Received at", 20),
			new Column("Followed by", 24));

	/** Changes per query. */
	static final int PAGE = 1_000;

	private final IssueLogSheetWriter sheet;

	ChangesSheet(SXSSFWorkbook workbook, IssueLogSheetWriter.Styles styles) {
		this.sheet = new IssueLogSheetWriter(workbook, styles, NAME, COLUMNS);
	}

	/**
	 * @param services the services the issue log covers, or null for all
	 */
	void write(IssueLogReader reader, ExportFilters filters, Set<String> services) {
		long after = 0;
		for (List<LinkedChange> page = reader.changes(filters, services, after, PAGE); !page.isEmpty(); page = reader
			.changes(filters, services, after, PAGE)) {
			page.forEach(this::row);
			after = page.get(page.size() - 1).change().id();
		}
	}

	private void row(LinkedChange linked) {
		ChangeEvent change = linked.change();
		sheet.row()
			.time(change.changedAt())
			.number(change.id())
			.text(change.service())
			.text(change.summary())
			.text(change.source())
			.text(change.version())
			.text(change.author())
			.text(change.linkHref())
			.text(change.format().name())
			.time(change.receivedAt())
			.text(linked.followedBy().isEmpty() ? null : String.join(", ", linked.followedBy()));
	}

	IssueLogSheetWriter sheet() {
		return sheet;
	}

}
