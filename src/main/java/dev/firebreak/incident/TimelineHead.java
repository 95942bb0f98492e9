package dev.firebreak.incident;

/** The newest timeline entry of an incident up to some bound: its id and hash. */
public record TimelineHead(long incidentId, long entryId, String hash) {
}
