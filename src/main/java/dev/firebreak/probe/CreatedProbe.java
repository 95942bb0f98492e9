package dev.firebreak.probe;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A probe as its creation (or a new ping secret) answers it: for a heartbeat, with the
 * address its job calls, which holds the secret and is shown this once. Only its SHA-256
 * is stored; a lost address is replaced, never read back.
 *
 * @param pingPath the heartbeat's check-in address, relative to Firebreak's base address,
 * such as {@code /api/v1/ping/3f9c…}; null for other kinds
 */
public record CreatedProbe(@JsonUnwrapped Probe probe, @JsonInclude(JsonInclude.Include.NON_NULL) String pingPath) {
}
