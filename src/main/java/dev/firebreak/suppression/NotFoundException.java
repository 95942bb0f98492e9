package dev.firebreak.suppression;

import dev.firebreak.failure.NotFound;

/** A silence or maintenance window the caller named does not exist. */
class NotFoundException extends NotFound {

	private NotFoundException(String title, String detail) {
		super(title, detail);
	}

	static NotFoundException silence(long id) {
		return new NotFoundException("Silence not found", "There is no silence " + id + ".");
	}

	static NotFoundException window(long id) {
		return new NotFoundException("Maintenance window not found", "There is no maintenance window " + id + ".");
	}

}
