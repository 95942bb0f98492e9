package dev.firebreak.problem;

import java.time.Instant;

/**
 * What to list; every field is optional.
 *
 * @param lastSeenTo exclusive upper bound
 */
record ProblemFilter(String service, Instant lastSeenFrom, Instant lastSeenTo) {
}
