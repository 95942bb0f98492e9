package dev.firebreak.change;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

import dev.firebreak.failure.Failure;
import dev.firebreak.failure.Failure.Kind;
import dev.firebreak.intake.IntakeProperties;
import dev.firebreak.intake.IntakeRequests;
import dev.firebreak.intake.Integration;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PagerDuty's change events at PagerDuty's own path, so that a tool that sends change
 * events to PagerDuty sends them here with a custom URL. The routing key is a PAGERDUTY
 * integration's key, the same one its alert events use (as in PagerDuty). Answers as
 * PagerDuty and Firebreak's {@code /v2/enqueue} do: 202 {@code success}; 400
 * {@code invalid event} with every wrong field in {@code errors} (an unknown routing key
 * is one); 413, 415; 503 with Retry-After.
 */
@RestController
class PagerDutyChangeController {

	private final IntakeRequests requests;

	private final ChangeEvents changes;

	private final IntakeProperties intake;

	PagerDutyChangeController(IntakeRequests requests, ChangeEvents changes, IntakeProperties intake) {
		this.requests = requests;
		this.changes = changes;
		this.intake = intake;
	}

	@PostMapping("/v2/change/enqueue")
	ResponseEntity<Map<String, Object>> enqueue(HttpServletRequest request) {
		JsonNode event = requests.readJson(request);
		Integration integration = requests.pagerDutyIntegration(event).orElse(null);
		if (integration == null) {
			return invalid("Event object is invalid", List.of("Invalid routing key"));
		}
		ChangeEvents.Recorded recorded = changes.record(integration, PagerDutyChangeFormat.read(event, integration));
		return ResponseEntity.accepted()
			.body(Map.of("status", "success", "message", "Change event processed", "id", recorded.change().id()));
	}

	/** Refusals in PagerDuty's words, not problem+json: its senders read these. */
	@ExceptionHandler(Failure.class)
	ResponseEntity<Map<String, Object>> refused(Failure ex) {
		if (ex.kind() == Kind.INVALID_INPUT) {
			List<String> errors = ex.fieldErrors().isEmpty() ? List.of(ex.detail())
					: ex.fieldErrors().stream().map(error -> error.field() + " " + error.message()).toList();
			return invalid("Event object is invalid", errors);
		}
		HttpStatus status = switch (ex.kind()) {
			case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
			case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			default -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		return ResponseEntity.status(status).body(Map.of("status", "error", "message", ex.detail()));
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<Map<String, Object>> unavailable(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(intake.retryAfter().toSeconds()))
			.body(Map.of("status", "error", "message", "Change events cannot be stored right now; retry later."));
	}

	private static ResponseEntity<Map<String, Object>> invalid(String message, List<String> errors) {
		return ResponseEntity.badRequest()
			.body(Map.of("status", "invalid event", "message", message, "errors", errors));
	}

}
