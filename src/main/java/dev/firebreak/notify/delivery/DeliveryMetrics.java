package dev.firebreak.notify.delivery;

import java.util.Locale;

import dev.firebreak.notify.channel.ChannelKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Delivery's numbers for Prometheus (docs/operations.md, Metrics), by channel (email,
 * slack, teams, discord, webhook), never by address. A notification counts once: sent
 * when delivered, failed when given up on; the retries in between are not counted.
 */
@Component
class DeliveryMetrics {

	private final MeterRegistry registry;

	DeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void sent(ChannelKind channel) {
		counter("firebreak.notifications.sent", "Notifications delivered", channel).increment();
	}

	void failed(ChannelKind channel) {
		counter("firebreak.notifications.failed", "Notifications given up on", channel).increment();
	}

	private Counter counter(String name, String description, ChannelKind channel) {
		return Counter.builder(name)
			.description(description + ", by channel")
			.tag("channel", channel.name().toLowerCase(Locale.ROOT))
			.register(registry);
	}

}
