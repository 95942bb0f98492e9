package dev.firebreak.intake;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook endpoints that speak the senders' own formats; the key comes as a bearer token.
 * A 202 means every alert of the request is committed to the inbox.
 */
@RestController
@RequestMapping("/api/v1/intake")
class IntakeController {

	private final IntakeRequests requests;

	private final IntakeService intake;

	private final IntakeProperties properties;

	IntakeController(IntakeRequests requests, IntakeService intake, IntakeProperties properties) {
		this.requests = requests;
		this.intake = intake;
		this.properties = properties;
	}

	@PostMapping("/alertmanager")
	ResponseEntity<Map<String, Object>> alertmanager(HttpServletRequest request) {
		return accept(request, IntegrationType.ALERTMANAGER, AlertmanagerFormat::read);
	}

	@PostMapping("/grafana")
	ResponseEntity<Map<String, Object>> grafana(HttpServletRequest request) {
		return accept(request, IntegrationType.GRAFANA, AlertmanagerFormat::read);
	}

	@PostMapping("/uptime-kuma")
	ResponseEntity<Map<String, Object>> uptimeKuma(HttpServletRequest request) {
		return accept(request, IntegrationType.UPTIME_KUMA, UptimeKumaFormat::read);
	}

	@PostMapping("/generic")
	ResponseEntity<Map<String, Object>> generic(HttpServletRequest request) {
		return accept(request, IntegrationType.GENERIC, GenericFormat::read);
	}

	private ResponseEntity<Map<String, Object>> accept(HttpServletRequest request, IntegrationType type,
			BiFunction<JsonNode, Integration, List<InboundAlert>> format) {
		Integration integration = requests.bearerIntegration(request, type);
		JsonNode body = requests.readJson(request);
		List<InboundAlert> alerts;
		try {
			alerts = format.apply(body, integration);
		}
		catch (InvalidAlertException ex) {
			throw new IntakeRejectedException(HttpStatus.BAD_REQUEST, "The alert is invalid: " + ex.getMessage(),
					ex.problems());
		}
		intake.accept(integration, alerts);
		return ResponseEntity.accepted().body(Map.of("status", "accepted", "alerts", alerts.size()));
	}

	@ExceptionHandler(IntakeRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(IntakeRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		if (!ex.problems().isEmpty()) {
			problem.setProperty("errors", ex.problems());
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.status() == HttpStatus.UNAUTHORIZED) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Firebreak intake\"");
		}
		return response.body(problem);
	}

	@ExceptionHandler(IntakeOverloadedException.class)
	ResponseEntity<ProblemDetail> overloaded(IntakeOverloadedException ex) {
		return retryLater(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
	}

	/** The database is away: nothing was stored, and the sender should retry. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> unavailable(RuntimeException ex) {
		return retryLater(HttpStatus.SERVICE_UNAVAILABLE, "Alerts cannot be stored right now; retry later.");
	}

	private ResponseEntity<ProblemDetail> retryLater(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(properties.retryAfter().toSeconds()))
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
