package dev.firebreak.probe;

import dev.firebreak.failure.NotFound;

/** A probe or service the caller named does not exist. */
class NotFoundException extends NotFound {

	private NotFoundException(String title, String detail) {
		super(title, detail);
	}

	static NotFoundException probe(long id) {
		return new NotFoundException("Probe not found", "There is no live probe " + id + ".");
	}

	static NotFoundException heartbeat() {
		return new NotFoundException("Heartbeat not found", "No live heartbeat has this address.");
	}

	static NotFoundException service(String name) {
		return new NotFoundException("Service not found", "No service named '" + name + "' is in the catalogue.");
	}

}
