package dev.firebreak.probe;

import java.time.Instant;

/** One stored check, as the samples API shows it. */
record Sample(Instant at, boolean up, Integer statusCode, Integer responseMs, String error) {
}
