package dev.firebreak.failure;

/** What the request names does not exist, or is not the caller's to see. */
public class NotFound extends Failure {

	/**
	 * @param title {@code null} for the standard "Not Found"
	 */
	public NotFound(String title, String detail) {
		super(Kind.NOT_FOUND, title, detail);
	}

}
