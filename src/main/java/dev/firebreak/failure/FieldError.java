package dev.firebreak.failure;

/**
 * One field to fix: its path as the caller sent it ({@code fiveWhys[2]},
 * {@code layers[0].participants[1]}) and what is wrong with it, starting in lower case.
 */
public record FieldError(String field, String message) {
}
