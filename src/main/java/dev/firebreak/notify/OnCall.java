package dev.firebreak.notify;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Placeholder until the schedule branch lands (it brings the real one). */
@Component
public class OnCall {

	public Optional<String> userAt(long scheduleId, Instant at) {
		return Optional.empty();
	}

}
