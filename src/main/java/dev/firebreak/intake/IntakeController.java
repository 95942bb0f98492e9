package dev.firebreak.intake;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

import dev.firebreak.failure.Failure;
import dev.firebreak.failure.Failure.Kind;
import dev.firebreak.failure.Unavailable;
import dev.firebreak.web.DatabaseOutage;

import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
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

	private final IntakeMetrics metrics;

	IntakeController(IntakeRequests requests, IntakeService intake, IntakeProperties properties,
			IntakeMetrics metrics) {
		this.requests = requests;
		this.intake = intake;
		this.properties = properties;
		this.metrics = metrics;
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

	/**
	 * The database being away, or failing the write, is the sender's cue to retry:
	 * nothing was stored. Refusals and that answer leave as problem+json through the
	 * house's one mapping.
	 */
	private ResponseEntity<Map<String, Object>> accept(HttpServletRequest request, IntegrationType type,
			BiFunction<JsonNode, Integration, List<InboundAlert>> format) {
		try {
			Integration integration = requests.bearerIntegration(request, type);
			JsonNode body = requests.readJson(request);
			List<InboundAlert> alerts;
			try {
				alerts = format.apply(body, integration);
			}
			catch (InvalidAlertException ex) {
				throw new IntakeRejectedException(Kind.INVALID_INPUT, "The alert is invalid: " + ex.getMessage(),
						ex.problems());
			}
			intake.accept(integration, alerts);
			return ResponseEntity.accepted().body(Map.of("status", "accepted", "alerts", alerts.size()));
		}
		catch (Failure ex) {
			// refused before storing: unknown key, invalid body, a full inbox
			metrics.rejected(type, ex.kind());
			throw ex;
		}
		catch (DataAccessException | TransactionException ex) {
			if (DatabaseOutage.isCause(ex)) {
				// the house's one outage answer (web's DatabaseOutageFilter), as for
				// every request
				throw ex;
			}
			throw new Unavailable("Alerts cannot be stored right now; retry later.", properties.retryAfter(), ex);
		}
	}

}
