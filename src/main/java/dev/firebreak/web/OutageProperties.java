package dev.firebreak.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Firebreak answers while its database is away ({@code firebreak.outage.*}).
 *
 * @param retryAfter what the {@code Retry-After} header of a 503 asks callers to wait
 */
@ConfigurationProperties("firebreak.outage")
record OutageProperties(@DefaultValue("30s") Duration retryAfter) {
}
