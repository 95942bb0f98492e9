package dev.firebreak.incident;

import java.util.List;

/** One page of a listing, newest first. */
public record IncidentPage(List<Incident> items, int page, int size, long total) {
}
