package dev.firebreak.problem;

/** Problem numbers such as {@code PRB-000012}, made from the id like incident numbers. */
final class ProblemNumbers {

	private static final String PREFIX = "PRB-";

	private ProblemNumbers() {
	}

	static String number(long id) {
		return PREFIX + "%06d".formatted(id);
	}

	/** The id behind {@code PRB-000012} or {@code 12}; -1 when it is neither. */
	static long idOf(String numberOrId) {
		String digits = numberOrId.startsWith(PREFIX) ? numberOrId.substring(PREFIX.length()) : numberOrId;
		if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return -1;
		}
		return Long.parseLong(digits);
	}

}
