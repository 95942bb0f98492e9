package dev.firebreak.security.people;

import java.time.Instant;
import java.util.List;

/**
 * A team as stored.
 *
 * @param members usernames, sorted
 */
public record Team(String name, String displayName, boolean enabled, Instant createdAt, List<String> members) {
}
