package dev.firebreak.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Change tracking settings ({@code firebreak.changes.*}).
 *
 * @param window a change is linked to the incidents of its service detected within this
 * long after it: they show it, and it counts as a failed change in the change failure
 * rate. Read on every request, so changing it changes past figures too.
 */
@ConfigurationProperties("firebreak.changes")
public record ChangeProperties(@DefaultValue("4h") Duration window) {
}
