package dev.firebreak.incident;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few services for the demo profile, so that a newcomer can report an incident at once.
 * Before the demo's incidents ({@code sla}'s, {@code followup}'s), which need them.
 */
@Component
@Profile("demo")
@Order(1)
class DemoCatalogue implements ApplicationRunner {

	private final ServiceCatalogue catalogue;

	DemoCatalogue(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		catalogue.register(new MonitoredService("checkout", 1, "payments"));
		catalogue.register(new MonitoredService("payments-api", 1, "payments"));
		catalogue.register(new MonitoredService("website", 2, "web"));
		catalogue.register(new MonitoredService("search", 2, "web"));
		catalogue.register(new MonitoredService("reporting", 3, "platform"));
	}

}
