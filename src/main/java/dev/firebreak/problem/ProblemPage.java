package dev.firebreak.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One page of problems.
 *
 * @param window the recurrence window that {@code incidentsInWindow} counts over
 * @param windowStart where that window starts: now minus the window
 */
record ProblemPage(List<ProblemSummary> items, int page, int size, long total, Duration window, Instant windowStart) {
}
