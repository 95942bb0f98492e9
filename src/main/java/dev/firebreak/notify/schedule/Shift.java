package dev.firebreak.notify.schedule;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Someone on call on a schedule from {@code start} (inclusive) to {@code end}
 * (exclusive), and why.
 */
public record Shift(String username, Instant start, Instant end, Source source) {

	public Duration length() {
		return Duration.between(start, end);
	}

	boolean contains(Instant t) {
		return !t.isBefore(start) && t.isBefore(end);
	}

	/** The same shift cut to start and end elsewhere. */
	Shift between(Instant newStart, Instant newEnd) {
		return new Shift(username, newStart, newEnd, source);
	}

	/**
	 * Where a shift comes from: a layer (by index, lowest 0) or an override.
	 *
	 * @param layer the layer's index, for layer shifts
	 * @param layerName the layer's name, for layer shifts
	 * @param overrideId the override's id, for override shifts
	 */
	public record Source(Kind kind, Integer layer, String layerName, Long overrideId) {

		public static Source layer(int index, String name) {
			return new Source(Kind.LAYER, index, name, null);
		}

		public static Source override(long id) {
			return new Source(Kind.OVERRIDE, null, null, id);
		}

		@JsonIgnore
		public boolean isOverride() {
			return kind == Kind.OVERRIDE;
		}

	}

	public enum Kind {

		LAYER, OVERRIDE

	}

}
