package dev.firebreak.change;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.firebreak.intake.Integration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Stores change events. Not transactional on purpose: the one insert commits on its own,
 * so a 202 always follows a committed row, and a dedup key seen before (the unique
 * constraint on integration and key, not a check first) answers with the change stored
 * the first time, as often as the sender retries.
 */
@Service
class ChangeEvents {

	private final ChangeRepository changes;

	private final Clock clock;

	ChangeEvents(ChangeRepository changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	Recorded record(Integration integration, InboundChange change) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant changedAt = change.changedAt() != null ? change.changedAt().truncatedTo(ChronoUnit.SECONDS) : now;
		try {
			long id = changes.insert(integration.id(), change, changedAt, now);
			return new Recorded(changes.find(id).orElseThrow(), false);
		}
		catch (DuplicateKeyException ex) {
			return new Recorded(changes.findByDedupKey(integration.id(), change.dedupKey()).orElseThrow(), true);
		}
	}

	/**
	 * @param duplicate the sender's dedup key was seen before; nothing new was stored
	 */
	record Recorded(ChangeEvent change, boolean duplicate) {
	}

}
