package dev.firebreak.notify.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who is on call on a schedule, worked out from its layers and overrides alone: no
 * storage, no clock, so that the rules can be checked against a table of known answers.
 * Overrides win over every layer (the one added last where they overlap); a higher layer
 * wins over a lower one wherever it has someone, and lets the lower one show through
 * where it has nobody.
 */
public final class OnCallCalculator {

	private OnCallCalculator() {
	}

	/** Who is on call at {@code t}, and from which layer or override. */
	public static Optional<Shift> at(Schedule schedule, List<ScheduleOverride> overrides, Instant t) {
		return shifts(schedule, overrides, t, t.plusNanos(1)).stream().findFirst();
	}

	/**
	 * The shifts over {@code [from, to)}, in time order, cut to the range; neighbours
	 * with the same person from the same source are one shift. Gaps are times with nobody
	 * on call.
	 */
	public static List<Shift> shifts(Schedule schedule, List<ScheduleOverride> overrides, Instant from, Instant to) {
		if (!from.isBefore(to)) {
			return List.of();
		}
		List<List<Shift>> byPrecedence = new ArrayList<>();
		overrides.stream()
			.filter(o -> o.start().isBefore(to) && o.end().isAfter(from))
			.sorted(Comparator.comparingLong(ScheduleOverride::id).reversed())
			.forEach(o -> byPrecedence.add(List.of(new Shift(o.username(), later(o.start(), from), earlier(o.end(), to),
					Shift.Source.override(o.id())))));
		List<Layer> layers = schedule.layers();
		for (int i = layers.size() - 1; i >= 0; i--) {
			Layer layer = layers.get(i);
			byPrecedence
				.add(new Turns(layer, schedule.timeZone()).shifts(from, to, Shift.Source.layer(i, layer.name())));
		}
		return merged(winners(byPrecedence));
	}

	/**
	 * Cuts time at every start and end, and gives each piece to the first candidate (in
	 * order of precedence) that covers it. Each candidate list is sorted and free of
	 * overlaps, so one cursor per list is enough.
	 */
	private static List<Shift> winners(List<List<Shift>> byPrecedence) {
		TreeSet<Instant> cuts = new TreeSet<>();
		byPrecedence.forEach(candidates -> candidates.forEach(shift -> {
			cuts.add(shift.start());
			cuts.add(shift.end());
		}));
		List<Instant> ordered = new ArrayList<>(cuts);
		int[] cursors = new int[byPrecedence.size()];
		List<Shift> pieces = new ArrayList<>();
		for (int c = 0; c + 1 < ordered.size(); c++) {
			Instant pieceStart = ordered.get(c);
			Instant pieceEnd = ordered.get(c + 1);
			winner(byPrecedence, cursors, pieceStart)
				.ifPresent(shift -> pieces.add(shift.between(pieceStart, pieceEnd)));
		}
		return pieces;
	}

	private static Optional<Shift> winner(List<List<Shift>> byPrecedence, int[] cursors, Instant t) {
		for (int i = 0; i < byPrecedence.size(); i++) {
			List<Shift> candidates = byPrecedence.get(i);
			while (cursors[i] < candidates.size() && !candidates.get(cursors[i]).end().isAfter(t)) {
				cursors[i]++;
			}
			if (cursors[i] < candidates.size() && candidates.get(cursors[i]).contains(t)) {
				return Optional.of(candidates.get(cursors[i]));
			}
		}
		return Optional.empty();
	}

	private static List<Shift> merged(List<Shift> pieces) {
		List<Shift> merged = new ArrayList<>();
		for (Shift piece : pieces) {
			Shift last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && last.end().equals(piece.start()) && last.username().equals(piece.username())
					&& last.source().equals(piece.source())) {
				merged.set(merged.size() - 1, last.between(last.start(), piece.end()));
			}
			else {
				merged.add(piece);
			}
		}
		return merged;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
