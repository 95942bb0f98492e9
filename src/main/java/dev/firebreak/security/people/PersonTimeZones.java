package dev.firebreak.security.people;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Each person's time zone, in which pages show times and read typed ones. Only a region
 * id that java.time knows is kept ({@code Europe/Berlin}, {@code UTC}); a person without
 * one reads UTC.
 */
@Service
public class PersonTimeZones {

	/** The zones a person may pick from: IANA region names, sorted, and UTC. */
	static final List<String> CHOICES = java.util.stream.Stream
		.concat(java.util.stream.Stream.of("UTC"),
				ZoneId.getAvailableZoneIds()
					.stream()
					.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
					.sorted())
		.toList();

	private final UserRepository users;

	PersonTimeZones(UserRepository users) {
		this.users = users;
	}

	/** The person's zone; empty when they have chosen none (or it is no longer known). */
	public Optional<ZoneId> of(String username) {
		return users.timeZone(username).flatMap(PersonTimeZones::parse);
	}

	/** Stores the person's choice; empty when the name is no zone (nothing stored). */
	Optional<ZoneId> choose(String username, String zone) {
		Optional<ZoneId> parsed = parse(zone);
		parsed.ifPresent(id -> users.setTimeZone(username, id.getId()));
		return parsed;
	}

	/**
	 * Stores the browser's zone for a person who has none yet.
	 * @return whether it was stored
	 */
	boolean defaultTo(String username, String zone) {
		return parse(zone).map(id -> users.setTimeZoneIfNone(username, id.getId())).orElse(false);
	}

	static Optional<ZoneId> parse(String zone) {
		if (zone == null || zone.isBlank() || zone.length() > 64) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(zone.strip()));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
