package dev.firebreak.suppression;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.firebreak.failure.FieldError;

/**
 * What makes a silence acceptable, every mistake named at once: label names as Prometheus
 * writes them, regular expressions that compile, an end after the start and in the
 * future, a comment, and no accidental catch-all.
 */
final class SilenceRules {

	static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

	private SilenceRules() {
	}

	/**
	 * @param startsAt the start, already defaulted to now
	 */
	static List<FieldError> check(SilenceRequest request, Instant startsAt, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		List<Matcher> matchers = request.matchers() == null ? List.of() : request.matchers();
		for (int i = 0; i < matchers.size(); i++) {
			Matcher matcher = matchers.get(i);
			String path = "matchers[" + i + "]";
			if (matcher == null) {
				errors.add(new FieldError(path, "must not be null"));
				continue;
			}
			if (matcher.name() == null || !LABEL_NAME.matcher(matcher.name()).matches()) {
				errors.add(new FieldError(path + ".name",
						"must be a label name: letters, digits and _, not starting with a digit"));
			}
			if (matcher.operator() == null) {
				errors.add(new FieldError(path + ".operator", "must be one of EQUAL, NOT_EQUAL, REGEX, NOT_REGEX"));
			}
			if (matcher.value() == null) {
				errors.add(new FieldError(path + ".value", "must not be null"));
			}
			else if (matcher.value().length() > 1000) {
				errors.add(new FieldError(path + ".value", "must be at most 1000 characters"));
			}
			else if (matcher.operator() == Matcher.Operator.REGEX || matcher.operator() == Matcher.Operator.NOT_REGEX) {
				try {
					Pattern.compile(matcher.value());
				}
				catch (PatternSyntaxException ex) {
					errors.add(new FieldError(path + ".value", "is not a valid regular expression: "
							+ ex.getDescription() + " near position " + ex.getIndex()));
				}
			}
		}
		if (request.endsAt() == null) {
			errors.add(new FieldError("endsAt", "must not be null"));
		}
		else if (!request.endsAt().isAfter(startsAt)) {
			errors.add(new FieldError("endsAt", "must be after the start"));
		}
		else if (!request.endsAt().isAfter(now)) {
			errors.add(new FieldError("endsAt", "must be in the future"));
		}
		if (request.comment() == null || request.comment().isBlank()) {
			errors.add(new FieldError("comment", "must not be blank"));
		}
		else if (request.comment().length() > 1000) {
			errors.add(new FieldError("comment", "must be at most 1000 characters"));
		}
		if (errors.isEmpty() && matchesEveryAlert(matchers) && !Boolean.TRUE.equals(request.confirmCatchAll())) {
			errors.add(new FieldError("matchers", "would match every alert (each matcher matches an empty label); "
					+ "add a matcher that needs a value, or confirm with confirmCatchAll"));
		}
		return errors;
	}

	/**
	 * Alertmanager's rule: a silence none of whose matchers needs a value matches alerts
	 * without those labels too, which in practice means all of them.
	 */
	static boolean matchesEveryAlert(List<Matcher> matchers) {
		return matchers.stream().allMatch(matcher -> matcher.matches(""));
	}

}
