package dev.firebreak.notify.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.notify.schedule.Layer;
import dev.firebreak.notify.schedule.Rotation;
import dev.firebreak.notify.schedule.Schedule;
import dev.firebreak.notify.schedule.ScheduleRequest;

/**
 * The schedule editor's fields, read into what the schedule service takes, and a stored
 * schedule written back into them. The form has a fixed number of layer blocks (more when
 * a schedule made through the API has more layers); a block whose name, participants and
 * restrictions are all empty is left out.
 */
final class ScheduleForm {

	static final int LAYER_BLOCKS = 3;

	private ScheduleForm() {
	}

	/** How many layer blocks the form shows for these values. */
	static int blocks(Map<String, String> values) {
		int blocks = LAYER_BLOCKS;
		while (values.containsKey(key(blocks, "rotation"))) {
			blocks++;
		}
		return blocks;
	}

	/**
	 * @param errors gets a message for each field that cannot be read; the request is
	 * only worth sending when there are none
	 */
	static Read read(Map<String, String> values, Map<String, String> errors) {
		List<Layer> layers = new ArrayList<>();
		List<Integer> blocks = new ArrayList<>();
		for (int block = 0; block < blocks(values); block++) {
			if (blank(values.get(key(block, "name"))) && blank(values.get(key(block, "participants")))
					&& blank(values.get(key(block, "restrictions")))) {
				continue;
			}
			Map<String, String> layerErrors = new HashMap<>();
			layers.add(layer(values, block, layerErrors));
			blocks.add(block);
			int at = block;
			layerErrors.forEach((field, message) -> errors.put(key(at, field), message));
		}
		Integer version = null;
		try {
			version = blank(values.get("version")) ? null : Integer.valueOf(values.get("version").strip());
		}
		catch (NumberFormatException ex) {
			errors.put("version", "The form is damaged: reload the page.");
		}
		return new Read(new ScheduleRequest(values.get("team"), values.get("name"), values.get("description"),
				values.get("timeZone"), layers, version), blocks);
	}

	/** The form's values for a stored schedule. */
	static Map<String, String> values(Schedule schedule) {
		Map<String, String> values = new HashMap<>();
		values.put("team", schedule.team());
		values.put("name", schedule.name());
		values.put("description", schedule.description() == null ? "" : schedule.description());
		values.put("timeZone", schedule.timeZone().getId());
		values.put("version", String.valueOf(schedule.version()));
		for (int i = 0; i < schedule.layers().size(); i++) {
			Layer layer = schedule.layers().get(i);
			values.put(key(i, "name"), layer.name() == null ? "" : layer.name());
			values.put(key(i, "rotation"), layer.rotation().name());
			values.put(key(i, "lengthHours"), String.valueOf(layer.lengthHours()));
			values.put(key(i, "handoffTime"), layer.handoffTime().toString());
			values.put(key(i, "startDate"), layer.startDate().toString());
			values.put(key(i, "participants"), String.join("\n", layer.participants()));
			values.put(key(i, "restrictions"), RestrictionLines.format(layer.restrictions()));
		}
		return values;
	}

	/** A new schedule's values: daily handoffs at 09:00 from today. */
	static Map<String, String> blank(String team, String zone, LocalDate today) {
		Map<String, String> values = new HashMap<>();
		values.put("team", team == null ? "" : team);
		values.put("timeZone", zone);
		for (int i = 0; i < LAYER_BLOCKS; i++) {
			values.put(key(i, "rotation"), Rotation.DAILY.name());
			values.put(key(i, "handoffTime"), "09:00");
			values.put(key(i, "startDate"), today.toString());
		}
		return values;
	}

	/** The form field of a layer block, as named by the service's field paths. */
	static String key(int block, String field) {
		return "layers[" + block + "]." + field;
	}

	private static Layer layer(Map<String, String> values, int block, Map<String, String> errors) {
		Rotation rotation = Arrays.stream(Rotation.values())
			.filter(r -> r.name().equals(values.get(key(block, "rotation"))))
			.findFirst()
			.orElse(null);
		if (rotation == null) {
			errors.put("rotation", "Choose one of the options.");
		}
		int hours = 0;
		String length = values.get(key(block, "lengthHours"));
		if (rotation == Rotation.CUSTOM && !blank(length)) {
			try {
				hours = Integer.parseInt(length.strip());
			}
			catch (NumberFormatException ex) {
				errors.put("lengthHours", "Please give a whole number of hours.");
			}
		}
		LocalTime handoff = null;
		try {
			handoff = blank(values.get(key(block, "handoffTime"))) ? null
					: LocalTime.parse(values.get(key(block, "handoffTime")).strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("handoffTime", "Please give a time such as 09:00.");
		}
		LocalDate start = null;
		try {
			start = blank(values.get(key(block, "startDate"))) ? null
					: LocalDate.parse(values.get(key(block, "startDate")).strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("startDate", "Please give a date such as 2025-03-01.");
		}
		String participants = values.getOrDefault(key(block, "participants"), "");
		List<String> usernames = Arrays.stream(participants.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
		List<String> problems = new ArrayList<>();
		var restrictions = RestrictionLines.parse(values.get(key(block, "restrictions")), problems);
		if (!problems.isEmpty()) {
			errors.put("restrictions", String.join(" ", problems));
		}
		String name = values.get(key(block, "name"));
		return new Layer(blank(name) ? null : name.strip(), rotation, hours, handoff, start, usernames, restrictions);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * What the form says, and which block each layer came from: the service names a layer
	 * by its place among the layers sent, which differs from its block when an empty
	 * block sat before a filled one.
	 */
	record Read(ScheduleRequest request, List<Integer> blocks) {

		/** The service's field errors, moved to the blocks their layers came from. */
		Map<String, String> onBlocks(Map<String, String> serviceErrors) {
			Map<String, String> errors = new HashMap<>();
			serviceErrors.forEach((field, message) -> {
				String target = field;
				if (field.startsWith("layers[")) {
					int close = field.indexOf(']');
					int index = Integer.parseInt(field.substring("layers[".length(), close));
					target = "layers[" + (index < blocks.size() ? blocks.get(index) : index) + field.substring(close);
				}
				errors.merge(target, message, (a, b) -> a + " " + b);
			});
			return errors;
		}

	}

}
