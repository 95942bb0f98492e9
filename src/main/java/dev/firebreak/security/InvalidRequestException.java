package dev.firebreak.security;

import dev.firebreak.failure.InvalidInput;

/** A field of a request that names something unusable, in the API's usual shape. */
public class InvalidRequestException extends InvalidInput {

	public InvalidRequestException(String field, String message) {
		super(field, message);
	}

}
