package dev.firebreak.notify.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.firebreak.notify.NotifyRequestException;
import dev.firebreak.failure.FieldError;
import dev.firebreak.security.People;
import dev.firebreak.security.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * Checks a schedule or an override completely before anything is written, so that one
 * answer names every mistake. A rule between fields is only checked when the fields
 * themselves passed, so that one mistake gives one message.
 */
@Component
class ScheduleValidator {

	static final int MAX_LAYERS = 10;

	static final int MAX_PARTICIPANTS = 100;

	static final int MAX_RESTRICTIONS = 20;

	/** A year: longer turns are surely a typing mistake. */
	static final int MAX_LENGTH_HOURS = 8760;

	private static final String BLANK = "must not be blank";

	private static final String MISSING = "must not be null";

	private final People people;

	private final TeamDirectory teams;

	ScheduleValidator(People people, TeamDirectory teams) {
		this.people = people;
		this.teams = teams;
	}

	/**
	 * @param existing the schedule being replaced, or null for a new one
	 * @throws NotifyRequestException naming every field that is wrong
	 */
	void check(ScheduleRequest request, Schedule existing) {
		List<FieldError> errors = new ArrayList<>();
		if (blank(request.team())) {
			errors.add(new FieldError("team", BLANK));
		}
		else if (existing != null && !existing.team().equals(request.team())) {
			// who may edit depends on the team: moving a schedule would need both teams'
			// say
			errors.add(new FieldError("team",
					"cannot change (it is '" + existing.team() + "'): create a new schedule for another team"));
		}
		else if (!teams.isActive(request.team())) {
			errors.add(new FieldError("team", "no enabled team is named '" + request.team() + "'"));
		}
		if (blank(request.name())) {
			errors.add(new FieldError("name", BLANK));
		}
		else if (request.name().length() > 200) {
			errors.add(new FieldError("name", "must be at most 200 characters"));
		}
		if (request.description() != null && request.description().length() > 2000) {
			errors.add(new FieldError("description", "must be at most 2000 characters"));
		}
		checkZone(request.timeZone(), errors);
		checkLayers(request.layers(), errors);
		if (existing != null && request.version() == null) {
			errors.add(new FieldError("version",
					"must be given: the version you read, so that nobody's change is overwritten unseen"));
		}
		if (!errors.isEmpty()) {
			throw NotifyRequestException.invalid(errors);
		}
	}

	/**
	 * @throws NotifyRequestException naming every field that is wrong
	 */
	void check(OverrideRequest request) {
		List<FieldError> errors = new ArrayList<>();
		if (blank(request.username())) {
			errors.add(new FieldError("username", BLANK));
		}
		else if (people.find(request.username()).isEmpty()) {
			errors.add(new FieldError("username", "'" + request.username() + "' is not an enabled person"));
		}
		if (request.start() == null) {
			errors.add(new FieldError("start", MISSING));
		}
		if (request.end() == null) {
			errors.add(new FieldError("end", MISSING));
		}
		if (request.start() != null && request.end() != null && !request.end().isAfter(request.start())) {
			errors.add(new FieldError("end", "must be after the start"));
		}
		if (request.note() != null && request.note().length() > 500) {
			errors.add(new FieldError("note", "must be at most 500 characters"));
		}
		if (!errors.isEmpty()) {
			throw NotifyRequestException.invalid(errors);
		}
	}

	private static void checkZone(String zone, List<FieldError> errors) {
		if (blank(zone)) {
			errors.add(new FieldError("timeZone", BLANK));
			return;
		}
		try {
			ZoneId.of(zone);
		}
		catch (DateTimeException ex) {
			errors.add(new FieldError("timeZone",
					"'" + zone + "' is not a known time zone: use an IANA name such as Europe/Berlin"));
		}
	}

	private void checkLayers(List<Layer> layers, List<FieldError> errors) {
		if (layers == null || layers.isEmpty()) {
			errors.add(new FieldError("layers", "must have at least one layer"));
			return;
		}
		if (layers.size() > MAX_LAYERS) {
			errors.add(new FieldError("layers", "must have at most " + MAX_LAYERS + " layers"));
			return;
		}
		for (int i = 0; i < layers.size(); i++) {
			String path = "layers[" + i + "]";
			Layer layer = layers.get(i);
			if (layer == null) {
				errors.add(new FieldError(path, MISSING));
				continue;
			}
			if (layer.name() != null && layer.name().length() > 100) {
				errors.add(new FieldError(path + ".name", "must be at most 100 characters"));
			}
			checkLength(layer, path, errors);
			if (layer.handoffTime() == null) {
				errors.add(new FieldError(path + ".handoffTime", MISSING));
			}
			if (layer.startDate() == null) {
				errors.add(new FieldError(path + ".startDate", MISSING));
			}
			checkParticipants(layer.participants(), path + ".participants", errors);
			checkRestrictions(layer.restrictions(), path + ".restrictions", errors);
		}
	}

	private static void checkLength(Layer layer, String path, List<FieldError> errors) {
		if (layer.rotation() == null) {
			errors.add(new FieldError(path + ".rotation", "must be one of " + List.of(Rotation.values())));
		}
		else if (layer.rotation() != Rotation.CUSTOM && layer.lengthHours() != layer.rotation().fixedHours()) {
			errors.add(new FieldError(path + ".lengthHours", "is " + layer.rotation().fixedHours() + " for a "
					+ layer.rotation().name().toLowerCase() + " rotation: choose CUSTOM for another length"));
		}
		else if (layer.lengthHours() < 1) {
			errors.add(new FieldError(path + ".lengthHours", "must be at least 1 hour"));
		}
		else if (layer.lengthHours() > MAX_LENGTH_HOURS) {
			errors.add(new FieldError(path + ".lengthHours", "must be at most " + MAX_LENGTH_HOURS + " hours"));
		}
	}

	private void checkParticipants(List<String> participants, String path, List<FieldError> errors) {
		if (participants.isEmpty()) {
			errors.add(new FieldError(path, "must name at least one person: a rotation with nobody leaves no one"));
			return;
		}
		if (participants.size() > MAX_PARTICIPANTS) {
			errors.add(new FieldError(path, "must name at most " + MAX_PARTICIPANTS + " people"));
			return;
		}
		for (int j = 0; j < participants.size(); j++) {
			String username = participants.get(j);
			if (blank(username)) {
				errors.add(new FieldError(path + "[" + j + "]", BLANK));
			}
			else if (people.find(username).isEmpty()) {
				errors.add(new FieldError(path + "[" + j + "]", "'" + username + "' is not an enabled person"));
			}
		}
	}

	private static void checkRestrictions(List<Restriction> restrictions, String path, List<FieldError> errors) {
		if (restrictions.size() > MAX_RESTRICTIONS) {
			errors.add(new FieldError(path, "must have at most " + MAX_RESTRICTIONS + " restrictions"));
			return;
		}
		List<Integer> checkable = new ArrayList<>();
		for (int j = 0; j < restrictions.size(); j++) {
			String at = path + "[" + j + "]";
			Restriction restriction = restrictions.get(j);
			if (restriction == null) {
				errors.add(new FieldError(at, MISSING));
				continue;
			}
			if (restriction.from() == null) {
				errors.add(new FieldError(at + ".from", MISSING));
			}
			if (restriction.to() == null) {
				errors.add(new FieldError(at + ".to", MISSING));
			}
			if (restriction.from() != null && restriction.to() != null) {
				if (restriction.from().equals(restriction.to())) {
					errors.add(new FieldError(at + ".to", "must differ from the start (" + restriction.from()
							+ "): a window from a time to the same time leaves no time on call"));
				}
				else {
					checkable.add(j);
				}
			}
		}
		for (int a = 0; a < checkable.size(); a++) {
			for (int b = a + 1; b < checkable.size(); b++) {
				int first = checkable.get(a);
				int second = checkable.get(b);
				if (WeekWindows.overlap(restrictions.get(first), restrictions.get(second))) {
					errors.add(new FieldError(path + "[" + second + "]", "overlaps restrictions[" + first
							+ "]: the windows of one layer must not overlap (join them into one)"));
				}
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
