package dev.firebreak.report;

import dev.firebreak.failure.NotFound;

/** A report for a period that has not happened yet. */
class ReportNotFoundException extends NotFound {

	ReportNotFoundException(String detail) {
		super("No such report yet", detail);
	}

}
