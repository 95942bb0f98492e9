package dev.firebreak.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.firebreak.probe.AvailabilityQuery;
import dev.firebreak.probe.UptimeCount;
import dev.firebreak.suppression.MaintenanceQueries;
import dev.firebreak.suppression.MaintenanceWindow;

import org.springframework.stereotype.Component;

/**
 * Availability during and outside maintenance, per service, from suppression's windows
 * ({@code MaintenanceQueries}) and probe's samples ({@code AvailabilityQuery}).
 */
@Component
class MaintenanceFigures {

	private final MaintenanceQueries maintenance;

	private final AvailabilityQuery availability;

	MaintenanceFigures(MaintenanceQueries maintenance, AvailabilityQuery availability) {
		this.maintenance = maintenance;
		this.availability = availability;
	}

	/** The figures of one period, read once for all its services. */
	Windows of(Period period) {
		Map<String, List<MaintenanceWindow>> windows = maintenance.windowsIn(period.from(), period.to())
			.stream()
			.collect(Collectors.groupingBy(MaintenanceWindow::service));
		return new Windows(period, windows, maintenance.suppressedByMaintenance(period.from(), period.to()));
	}

	/** One report period's maintenance windows and suppressed alerts. */
	final class Windows {

		private final Period period;

		private final Map<String, List<MaintenanceWindow>> windows;

		private final Map<String, Long> suppressed;

		private Windows(Period period, Map<String, List<MaintenanceWindow>> windows, Map<String, Long> suppressed) {
			this.period = period;
			this.windows = windows;
			this.suppressed = suppressed;
		}

		MaintenanceTime of(String service) {
			List<Period> open = merged(windows.getOrDefault(service, List.of()));
			long seconds = open.stream().mapToLong(p -> Duration.between(p.from(), p.to()).toSeconds()).sum();
			long during = 0;
			long up = 0;
			for (Period p : open) {
				UptimeCount count = availability.uptime(List.of(service), p.from(), p.to());
				during += count.samples();
				up += count.up();
			}
			UptimeCount inside = new UptimeCount(during, up);
			UptimeCount all = availability.uptime(List.of(service), period.from(), period.to());
			UptimeCount outside = new UptimeCount(all.samples() - during, all.up() - up);
			return new MaintenanceTime(open.isEmpty() ? 0 : countOpen(service), seconds, inside.samples(),
					inside.uptimePercent(), outside.samples(), outside.uptimePercent(),
					suppressed.getOrDefault(service, 0L));
		}

		private int countOpen(String service) {
			return (int) windows.get(service)
				.stream()
				.filter(w -> w.endsAt().isAfter(w.startsAt()) && w.endsAt().isAfter(period.from())
						&& w.startsAt().isBefore(period.to()))
				.count();
		}

		/** The windows' times within the period, overlaps joined, by start. */
		private List<Period> merged(List<MaintenanceWindow> of) {
			List<Period> clipped = of.stream()
				.map(w -> new Period(max(w.startsAt(), period.from()), min(w.endsAt(), period.to())))
				.filter(p -> p.to().isAfter(p.from()))
				.sorted(Comparator.comparing(Period::from))
				.toList();
			List<Period> merged = new ArrayList<>();
			for (Period p : clipped) {
				Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && !p.from().isAfter(last.to())) {
					merged.set(merged.size() - 1, new Period(last.from(), max(last.to(), p.to())));
				}
				else {
					merged.add(p);
				}
			}
			return merged;
		}

	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
