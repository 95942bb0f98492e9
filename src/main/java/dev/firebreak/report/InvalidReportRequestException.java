package dev.firebreak.report;

import dev.firebreak.failure.InvalidInput;

/** A report parameter that cannot be read, named like every other invalid field. */
class InvalidReportRequestException extends InvalidInput {

	InvalidReportRequestException(String field, String message) {
		super(field, message);
	}

}
