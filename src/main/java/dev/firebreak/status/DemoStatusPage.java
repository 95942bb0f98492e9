package dev.firebreak.status;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's status page: three components over the demo services, made once (the
 * demo keeps its H2 file across restarts). Runs after the demo catalogue.
 */
@Component
@Profile("demo")
class DemoStatusPage implements ApplicationRunner {

	private final StatusComponentRepository components;

	private final Clock clock;

	DemoStatusPage(StatusComponentRepository components, Clock clock) {
		this.components = components;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!components.all().isEmpty()) {
			return;
		}
		components.insert("Checkout and payments", "Paying for an order", 1, List.of("checkout", "payments-api"),
				clock.instant());
		components.insert("Website and search", "Browsing and finding products", 2, List.of("website", "search"),
				clock.instant());
		components.insert("Reports", "Sales and stock reports for shops", 3, List.of("reporting"), clock.instant());
	}

}
