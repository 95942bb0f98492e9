package dev.firebreak.notify.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.firebreak.failure.FieldError;
import dev.firebreak.notify.NotifyRequestException;
import dev.firebreak.notify.policy.EscalationPolicy;
import dev.firebreak.notify.policy.EscalationPolicy.Target;
import dev.firebreak.notify.policy.EscalationPolicy.TargetKind;
import dev.firebreak.notify.policy.PolicyRequest;

import org.springframework.util.MultiValueMap;

/**
 * The policy editor's form: what was typed and ticked (kept when the policy is refused),
 * the request it makes, and where each of the service's complaints shows. The form has a
 * fixed number of level blocks; a block left empty (no delay, nobody ticked) is no level,
 * so the request's level numbers and the blocks' can differ.
 *
 * @param repeatCount as typed
 */
record PolicyForm(String team, String name, String description, String repeatCount, boolean teamDefault,
		Set<String> services, List<LevelBlock> levels) {

	/** Blocks on a new policy's form; an edited policy gets one spare block. */
	static final int BLOCKS = 4;

	/** Policies refuse more levels than this. */
	static final int MAX_BLOCKS = 10;

	private static final Pattern LEVEL_FIELD = Pattern.compile("levels\\[(\\d+)](?:\\.(delayMinutes|targets))?.*");

	private static final Pattern SERVICE_FIELD = Pattern.compile("services\\[(\\d+)]");

	static PolicyForm empty(String team) {
		return new PolicyForm(team, "", "", "1", false, Set.of(), blocks(List.of(), BLOCKS));
	}

	static PolicyForm of(EscalationPolicy policy) {
		List<LevelBlock> filled = new ArrayList<>();
		for (EscalationPolicy.Level level : policy.levels()) {
			filled.add(new LevelBlock(filled.size(), String.valueOf(level.delayMinutes()), refs(level, TargetKind.USER),
					refs(level, TargetKind.SCHEDULE), refs(level, TargetKind.TEAM)));
		}
		return new PolicyForm(policy.team(), policy.name(), policy.description() == null ? "" : policy.description(),
				String.valueOf(policy.repeatCount()), policy.teamDefault(), new LinkedHashSet<>(policy.services()),
				blocks(filled, Math.max(BLOCKS, Math.min(MAX_BLOCKS, filled.size() + 1))));
	}

	/** The form as sent: blocks are read while their delay field is there. */
	static PolicyForm read(MultiValueMap<String, String> form) {
		List<LevelBlock> blocks = new ArrayList<>();
		for (int i = 0; i < MAX_BLOCKS && form.containsKey("levels[" + i + "].delayMinutes"); i++) {
			String prefix = "levels[" + i + "].";
			blocks.add(new LevelBlock(i, value(form, prefix + "delayMinutes"), ticked(form, prefix + "users"),
					ticked(form, prefix + "schedules"), ticked(form, prefix + "teams")));
		}
		return new PolicyForm(value(form, "team"), value(form, "name"), value(form, "description"),
				value(form, "repeatCount"), form.containsKey("teamDefault"), ticked(form, "services"),
				blocks(blocks, BLOCKS));
	}

	/**
	 * The request for {@code Policies}, or null when a number could not be read (named in
	 * {@code errors}).
	 */
	PolicyRequest request(Map<String, String> errors) {
		Integer repeats = FormNumbers.integer(repeatCount, "repeatCount", errors);
		List<PolicyRequest.LevelRequest> requested = new ArrayList<>();
		for (LevelBlock block : filledBlocks()) {
			Integer delay = FormNumbers.integer(block.delayMinutes(), block.field("delayMinutes"), errors);
			requested.add(new PolicyRequest.LevelRequest(delay, block.targets()));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new PolicyRequest(team, name, description, requested, repeats, List.copyOf(services), teamDefault);
	}

	/**
	 * The service's complaints, each put where the page shows it: a level's next to its
	 * block, a service's with the service's name.
	 */
	Map<String, String> errors(NotifyRequestException ex) {
		List<LevelBlock> filled = filledBlocks();
		List<String> serviceNames = List.copyOf(services);
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.fieldErrors()) {
			String message = PageErrors.friendly(error.message());
			Matcher level = LEVEL_FIELD.matcher(error.field());
			Matcher service = SERVICE_FIELD.matcher(error.field());
			if (level.matches() && Integer.parseInt(level.group(1)) < filled.size()) {
				LevelBlock block = filled.get(Integer.parseInt(level.group(1)));
				String part = "delayMinutes".equals(level.group(2)) ? "delayMinutes" : "targets";
				errors.putIfAbsent(block.field(part), message);
			}
			else if (service.matches() && Integer.parseInt(service.group(1)) < serviceNames.size()) {
				errors.merge("services", serviceNames.get(Integer.parseInt(service.group(1))) + ": " + message,
						(first, next) -> first + " " + next);
			}
			else if (error.field().equals("levels")) {
				errors.putIfAbsent("levels", "Fill in at least one level: whom it pages and how long it waits.");
			}
			else {
				errors.putIfAbsent(error.field(), message);
			}
		}
		return errors;
	}

	private List<LevelBlock> filledBlocks() {
		return levels.stream().filter(block -> !block.blank()).toList();
	}

	private static List<LevelBlock> blocks(List<LevelBlock> filled, int count) {
		List<LevelBlock> blocks = new ArrayList<>(filled);
		while (blocks.size() < count) {
			blocks.add(new LevelBlock(blocks.size(), "", Set.of(), Set.of(), Set.of()));
		}
		return blocks;
	}

	private static Set<String> refs(EscalationPolicy.Level level, TargetKind kind) {
		Set<String> refs = new LinkedHashSet<>();
		level.targets().stream().filter(target -> target.kind() == kind).map(Target::ref).forEach(refs::add);
		return refs;
	}

	private static String value(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return value == null ? "" : value;
	}

	private static Set<String> ticked(MultiValueMap<String, String> form, String field) {
		return new LinkedHashSet<>(form.getOrDefault(field, List.of()));
	}

	/**
	 * One level block of the form.
	 *
	 * @param index the block's place on the form, from 0
	 * @param schedules schedule ids
	 */
	record LevelBlock(int index, String delayMinutes, Set<String> users, Set<String> schedules, Set<String> teams) {

		/** Nothing filled in: not a level. */
		boolean blank() {
			return delayMinutes.isBlank() && users.isEmpty() && schedules.isEmpty() && teams.isEmpty();
		}

		/**
		 * The name of the block's field in the errors, e.g. {@code levels[1].targets}.
		 */
		String field(String part) {
			return "levels[" + index + "]." + part;
		}

		List<PolicyRequest.TargetRequest> targets() {
			List<PolicyRequest.TargetRequest> targets = new ArrayList<>();
			users.forEach(user -> targets.add(new PolicyRequest.TargetRequest(TargetKind.USER.name(), user)));
			schedules.forEach(id -> targets.add(new PolicyRequest.TargetRequest(TargetKind.SCHEDULE.name(), id)));
			teams.forEach(team -> targets.add(new PolicyRequest.TargetRequest(TargetKind.TEAM.name(), team)));
			return targets;
		}

	}

}
