package dev.firebreak.notify.schedule;

import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An on-call schedule of a team: layers of rotations, lowest first. Where several layers
 * have someone, the highest wins; overrides win over every layer.
 *
 * @param timeZone handoffs and restrictions are wall-clock times in this zone
 * @param feedGeneration part of the calendar feed's secret; bumped to revoke the feed URL
 * @param version bumped by every change; a change names the version it was made from
 */
public record Schedule(long id, String team, String name, String description, ZoneId timeZone, List<Layer> layers,
		@JsonIgnore int feedGeneration, int version) {

	public Schedule {
		layers = List.copyOf(layers);
	}

}
