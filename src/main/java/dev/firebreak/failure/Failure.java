package dev.firebreak.failure;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal a feature makes, in its own words and free of HTTP: the {@link Kind} says
 * what went wrong, {@code web} decides how that is answered (status, problem+json, the
 * friendly page). Features extend the base class for the kind ({@link NotFound},
 * {@link Conflict}, {@link InvalidInput}, ...), or this one when one exception of theirs
 * covers several kinds.
 */
public abstract class Failure extends RuntimeException {

	/**
	 * RFC 9457's type for "nothing more to say than the status", which every answer has
	 * carried so far; a failure that callers must tell apart overrides {@link #type()}.
	 */
	public static final URI NO_TYPE = URI.create("about:blank");

	private final Kind kind;

	private final String title;

	private final List<FieldError> fieldErrors;

	private final Map<String, Object> properties;

	/**
	 * @param title a short summary that stays the same for every occurrence, or
	 * {@code null} for the kind's standard name
	 * @param detail what happened this time, for a person to act on
	 * @param fieldErrors each field to fix, in the order callers should see them
	 * @param properties further facts for callers (rendered as members of the answer);
	 * kept in the given order
	 */
	protected Failure(Kind kind, String title, String detail, List<FieldError> fieldErrors,
			Map<String, Object> properties) {
		super(detail);
		this.kind = kind;
		this.title = title;
		this.fieldErrors = List.copyOf(fieldErrors);
		this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	protected Failure(Kind kind, String title, String detail) {
		this(kind, title, detail, List.of(), Map.of());
	}

	public Kind kind() {
		return kind;
	}

	/** May be {@code null}: the kind's standard name is the title then. */
	public String title() {
		return title;
	}

	public String detail() {
		return getMessage();
	}

	public URI type() {
		return NO_TYPE;
	}

	/** The fields to fix, each with its message; empty when the failure names none. */
	public List<FieldError> fieldErrors() {
		return fieldErrors;
	}

	public Map<String, Object> properties() {
		return properties;
	}

	/** When a caller may try again, for the kinds that are passing (busy, away). */
	public Optional<Duration> retryAfter() {
		return Optional.empty();
	}

	/** What went wrong; {@code web} maps each to one answer. */
	public enum Kind {

		/** The request names fields that are missing, malformed or unusable. */
		INVALID_INPUT,
		/** The caller did not say who they are, or said it with credentials we refuse. */
		UNAUTHENTICATED,
		/** The caller is known but may not do this. */
		DENIED,
		/** What the request names does not exist (or is not the caller's to see). */
		NOT_FOUND,
		/**
		 * The current state does not allow it: already done, taken, changed meanwhile.
		 */
		CONFLICT,
		/** It existed, and is not here any more. */
		GONE,
		/** The request itself is larger than we take. */
		TOO_LARGE,
		/** The request is in a format we do not read. */
		UNSUPPORTED_FORMAT,
		/** Well-formed and allowed, but more than this way of asking can deliver. */
		UNPROCESSABLE,
		/** Too much work is waiting; try again later. */
		OVERLOADED,
		/** Something we depend on is away; try again later. */
		UNAVAILABLE

	}

}
