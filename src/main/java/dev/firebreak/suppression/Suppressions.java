package dev.firebreak.suppression;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Intake's question for each firing alert: does a maintenance window of its service or a
 * silence cover it? A window is asked first, so that planned work is what the record says
 * when both apply. The answer is recorded with the alert in the caller's transaction, so
 * that it counts exactly when the alert's processing commits.
 */
@Component
public class Suppressions {

	private final MaintenanceWindowRepository windows;

	private final SilenceRepository silences;

	private final SuppressedAlertRepository suppressed;

	Suppressions(MaintenanceWindowRepository windows, SilenceRepository silences,
			SuppressedAlertRepository suppressed) {
		this.windows = windows;
		this.silences = silences;
		this.suppressed = suppressed;
	}

	/**
	 * @return what suppressed the alert, now recorded; empty when it goes ahead
	 */
	public Optional<Suppression> suppress(AlertFacts alert) {
		Optional<Suppression> found = Optional.ofNullable(alert.service())
			.flatMap(service -> windows.suppressingAt(service, alert.receivedAt()))
			.map(window -> new Suppression(Suppression.Kind.MAINTENANCE, window.id()))
			.or(() -> silences.activeAt(alert.receivedAt())
				.stream()
				.filter(silence -> silence.matches(alert.labels()))
				.findFirst()
				.map(silence -> new Suppression(Suppression.Kind.SILENCE, silence.id())));
		found.ifPresent(suppression -> suppressed.insert(alert, suppression));
		return found;
	}

}
