package dev.firebreak.probe;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.firebreak.incident.ServiceCatalogue;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service's availability from its probes' samples, for anyone signed in: the figures
 * the daily performance report uses.
 */
@RestController
class AvailabilityApiController {

	private final ServiceCatalogue catalogue;

	private final SampleRepository samples;

	private final Clock clock;

	AvailabilityApiController(ServiceCatalogue catalogue, SampleRepository samples, Clock clock) {
		this.catalogue = catalogue;
		this.samples = samples;
		this.clock = clock;
	}

	@GetMapping("/api/v1/services/{name}/availability")
	@Transactional(readOnly = true)
	Availability availability(@PathVariable("name") String name,
			@RequestParam(name = "from",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(name = "to",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		if (catalogue.find(name).isEmpty()) {
			throw NotFoundException.service(name);
		}
		Window window = Window.of(from, to, clock.instant().truncatedTo(ChronoUnit.MILLIS));
		return samples.availability(name, window.from(), window.to());
	}

}
