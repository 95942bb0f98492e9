package dev.firebreak.intake;

import java.util.List;

import dev.firebreak.failure.Unauthenticated;

/** The bearer key is missing, unknown, deleted, or belongs to another kind of sender. */
class UnknownKeyException extends Unauthenticated {

	UnknownKeyException(String detail) {
		super(detail, List.of("Bearer realm=\"Firebreak intake\""));
	}

}
