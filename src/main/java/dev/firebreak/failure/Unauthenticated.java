package dev.firebreak.failure;

import java.util.List;

/**
 * The caller did not say who they are, or with credentials we refuse; the challenges tell
 * how to say it (such as {@code Bearer realm="Firebreak intake"}).
 */
public class Unauthenticated extends Failure {

	private final List<String> challenges;

	public Unauthenticated(String detail, List<String> challenges) {
		super(Kind.UNAUTHENTICATED, null, detail);
		this.challenges = List.copyOf(challenges);
	}

	public List<String> challenges() {
		return challenges;
	}

}
