package dev.firebreak.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Reads the report parameters of a request path, for the JSON and the workbook endpoints
 * alike; a bad one is a 400 naming it.
 */
public final class ReportParameters {

	private ReportParameters() {
	}

	/** An ISO date such as {@code 2026-03-02}. */
	public static LocalDate date(String field, String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new InvalidReportRequestException(field, "must be a date like 2026-03-02");
		}
	}

	/** A month such as {@code 2026-03}. */
	public static YearMonth month(String field, String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new InvalidReportRequestException(field, "must be a month like 2026-03");
		}
	}

}
