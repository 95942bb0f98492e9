package dev.firebreak.followup;

import java.time.LocalDate;

/** A request that passed the checks: what is written. */
record FollowUpChange(String title, String owner, String team, LocalDate dueDate, String ticketUrl, boolean required) {
}
