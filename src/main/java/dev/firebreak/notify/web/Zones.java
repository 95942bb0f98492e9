package dev.firebreak.notify.web;

import java.time.ZoneId;
import java.util.List;

/** The time zones the editor suggests: the IANA region names, sorted. */
final class Zones {

	static final List<String> NAMES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
		.sorted()
		.toList();

	private Zones() {
	}

}
