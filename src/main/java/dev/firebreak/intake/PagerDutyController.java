package dev.firebreak.intake;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

import dev.firebreak.failure.Failure.Kind;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PagerDuty Events API v2, at PagerDuty's own path, so that any tool that can send to
 * PagerDuty can send here with a custom URL. Answers as PagerDuty does: 202
 * {@code success} with the dedup key; 400 {@code invalid event} (not retried; an unknown
 * routing key is one); 413, 429 and 5xx (retried).
 */
@RestController
class PagerDutyController {

	private final IntakeRequests requests;

	private final IntakeService intake;

	private final IntakeProperties properties;

	private final IntakeMetrics metrics;

	PagerDutyController(IntakeRequests requests, IntakeService intake, IntakeProperties properties,
			IntakeMetrics metrics) {
		this.requests = requests;
		this.intake = intake;
		this.properties = properties;
		this.metrics = metrics;
	}

	@PostMapping("/v2/enqueue")
	ResponseEntity<Map<String, Object>> enqueue(HttpServletRequest request) {
		JsonNode event = requests.readJson(request);
		Integration integration = requests.pagerDutyIntegration(event)
			.orElseThrow(() -> new IntakeRejectedException(Kind.INVALID_INPUT, "Event object is invalid",
					List.of("Invalid routing key")));
		InboundAlert alert;
		try {
			alert = PagerDutyFormat.read(event, integration);
		}
		catch (InvalidAlertException ex) {
			throw new IntakeRejectedException(Kind.INVALID_INPUT, "Event object is invalid", ex.problems());
		}
		intake.accept(integration, List.of(alert));
		return ResponseEntity.accepted()
			.body(Map.of("status", "success", "message", "Event processed", "dedup_key", alert.dedupKey()));
	}

	@ExceptionHandler(IntakeRejectedException.class)
	ResponseEntity<Map<String, Object>> rejected(IntakeRejectedException ex) {
		metrics.rejected(IntegrationType.PAGERDUTY, ex.kind());
		if (ex.kind() == Kind.INVALID_INPUT) {
			return ResponseEntity.badRequest()
				.body(Map.of("status", "invalid event", "message", ex.getMessage(), "errors",
						ex.problems().isEmpty() ? List.of(ex.getMessage()) : ex.problems()));
		}
		// PagerDuty's own answers, not problem+json: the one mapping in web does not
		// apply
		HttpStatus status = ex.kind() == Kind.TOO_LARGE ? HttpStatus.PAYLOAD_TOO_LARGE
				: HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		return ResponseEntity.status(status).body(Map.of("status", "error", "message", ex.getMessage()));
	}

	@ExceptionHandler(IntakeOverloadedException.class)
	ResponseEntity<Map<String, Object>> overloaded(IntakeOverloadedException ex) {
		metrics.rejected(IntegrationType.PAGERDUTY, ex.kind());
		return retryLater(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<Map<String, Object>> unavailable(RuntimeException ex) {
		return retryLater(HttpStatus.SERVICE_UNAVAILABLE, "Events cannot be stored right now; retry later.");
	}

	private ResponseEntity<Map<String, Object>> retryLater(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfter().toSeconds()))
			.body(Map.of("status", "error", "message", message));
	}

}
