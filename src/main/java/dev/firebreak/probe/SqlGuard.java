package dev.firebreak.probe;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Accepts a data-integrity query only when it is one plain SELECT: it starts with
 * {@code SELECT}, holds no second statement (no {@code ;} but one at the very end), no
 * comment (MySQL runs {@code /*! ... *&#47;} comments as code), and none of the words
 * that make a SELECT write or lock ({@code INTO}, {@code FOR UPDATE}, {@code LOCK}),
 * outside quoted strings and identifiers. This is a fence in front of the real ones: the
 * read-only connection and, above all, a database user that may only read.
 */
final class SqlGuard {

	/**
	 * Words that make a SELECT write, lock, read files or stall; statements of their own
	 * start otherwise.
	 */
	private static final Set<String> FORBIDDEN = Set.of("into", "update", "delete", "lock", "outfile", "dumpfile",
			"load_file", "sleep", "benchmark", "call", "execute", "grant", "drop", "alter", "truncate", "handler");

	private SqlGuard() {
	}

	/**
	 * @return what is wrong with the query, or empty when it may run
	 */
	static Optional<String> problem(String query) {
		String sql = query.trim();
		if (sql.endsWith(";")) {
			sql = sql.substring(0, sql.length() - 1).trim();
		}
		StringBuilder words = new StringBuilder();
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				int end = closing(sql, i, c);
				if (end < 0) {
					return Optional.of("has a quote that is never closed");
				}
				words.append(' ');
				i = end + 1;
				continue;
			}
			if (c == ';') {
				return Optional.of("must be a single statement: only one SELECT, without ';' inside");
			}
			if (c == '#' || (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-')
					|| (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*')) {
				return Optional.of("must not contain comments");
			}
			words.append(Character.isLetterOrDigit(c) || c == '_' ? Character.toLowerCase(c) : ' ');
			i++;
		}
		String[] tokens = words.toString().trim().split("\\s+");
		if (tokens.length == 0 || !tokens[0].equals("select")) {
			return Optional.of("must be a single SELECT statement");
		}
		for (String token : tokens) {
			if (FORBIDDEN.contains(token.toLowerCase(Locale.ROOT))) {
				return Optional.of("must only read: '" + token.toUpperCase(Locale.ROOT)
						+ "' is not allowed outside quotes (write the word in quotes if it is a name)");
			}
		}
		return Optional.empty();
	}

	/**
	 * The index of the quote that closes the one at {@code from}; doubled quotes and
	 * backslashes escape.
	 */
	private static int closing(String sql, int from, char quote) {
		int i = from + 1;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (c == '\\' && quote != '`') {
				i += 2;
				continue;
			}
			if (c == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return -1;
	}

}
