package dev.firebreak.suppression;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's planned work: a maintenance window for the demo service
 * {@code website} next Saturday morning (UTC), so that the page is not empty. Made once:
 * the demo keeps its H2 file across restarts, and a window is only added while none of
 * the service's is upcoming.
 */
@Component
@Profile("demo")
class DemoMaintenance implements ApplicationRunner {

	static final String SERVICE = "website";

	private final MaintenanceWindowRepository windows;

	private final Clock clock;

	DemoMaintenance(MaintenanceWindowRepository windows, Clock clock) {
		this.windows = windows;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		if (!windows.endingAfter(now, SERVICE).isEmpty()) {
			return;
		}
		LocalDate saturday = LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		Instant start = saturday.atTime(6, 0).toInstant(ZoneOffset.UTC);
		windows.insert(new MaintenanceWindowRequest(SERVICE, start, start.plusSeconds(4 * 3600),
				"Web servers: operating system upgrade and reboot", true), true, "demo", now);
	}

}
