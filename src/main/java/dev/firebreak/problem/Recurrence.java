package dev.firebreak.problem;

import java.util.List;

/**
 * A problem that came back within a period: its incidents detected then that repeat an
 * earlier incident of the same problem.
 *
 * @param problem the problem's number ({@code PRB-000012})
 * @param service the service the problem is about
 * @param title the title of the problem's first incident
 * @param incidentIds the repeating incidents, ascending
 */
public record Recurrence(String problem, String service, String title, List<Long> incidentIds) {
}
