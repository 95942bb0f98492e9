package dev.firebreak.export;

/**
 * Told when an export job starts (with 0 rows, after counting its total) and after every
 * page it writes. Production has none; tests use one to hold a large export at a known
 * point, so that "a second export is not blocked by the first" is checked without timing.
 */
interface ExportPageListener {

	void afterPage(long jobId, ExportFilters filters, long rowsRead);

}
