package dev.firebreak.export;

import java.time.Instant;
import java.util.Map;

/**
 * What an issue-log export wrote.
 *
 * @param sheetRows rows below the header, per sheet, in sheet order (About excluded)
 * @param rowsRead incidents, timeline entries and tasks read from the database
 */
record IssueLogResult(Instant exportedAt, Map<String, Integer> sheetRows, long rowsRead, ChainHead head) {
}
