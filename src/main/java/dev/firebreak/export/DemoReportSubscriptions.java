package dev.firebreak.export;

import java.util.Set;

import dev.firebreak.security.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo's managers receive the daily and monthly reports (in the demo mailbox). */
@Component
@Profile("demo")
@Order(10)
class DemoReportSubscriptions implements ApplicationRunner {

	private static final Actor ADMIN = new Actor("admin", Set.of("ADMIN"), Set.of());

	private final ReportSubscriptions subscriptions;

	DemoReportSubscriptions(ReportSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!subscriptions.list(ADMIN).isEmpty()) {
			return;
		}
		for (String report : ReportSubscription.REPORTS) {
			subscriptions.subscribe(ADMIN, report, "ROLE", "MANAGER");
		}
	}

}
