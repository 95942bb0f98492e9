package dev.firebreak.change;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

import dev.firebreak.failure.Unavailable;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.intake.IntakeProperties;
import dev.firebreak.intake.IntakeRequests;
import dev.firebreak.intake.Integration;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.web.DatabaseOutage;

import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deployments from a deploy pipeline, in Firebreak's own JSON, under the intake's rules:
 * a DEPLOYMENT integration's key as a bearer token (401 otherwise), a JSON body within
 * the intake's size limit (415, 413), every wrong field named at once (400 problem+json),
 * and 202 only once the change is committed.
 */
@RestController
class DeploymentController {

	private final IntakeRequests requests;

	private final ChangeEvents changes;

	private final ServiceCatalogue catalogue;

	private final IntakeProperties intake;

	private final Clock clock;

	DeploymentController(IntakeRequests requests, ChangeEvents changes, ServiceCatalogue catalogue,
			IntakeProperties intake, Clock clock) {
		this.requests = requests;
		this.changes = changes;
		this.catalogue = catalogue;
		this.intake = intake;
		this.clock = clock;
	}

	@PostMapping("/api/v1/intake/deployments")
	ResponseEntity<Map<String, Object>> deployment(HttpServletRequest request) {
		Integration integration = requests.bearerIntegration(request, IntegrationType.DEPLOYMENT);
		JsonNode body = requests.readJson(request);
		InboundChange change = DeploymentFormat.read(body, integration, catalogue, clock.instant());
		ChangeEvents.Recorded recorded = store(integration, change);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("status", "accepted");
		answer.put("id", recorded.change().id());
		answer.put("service", recorded.change().service());
		answer.put("duplicate", recorded.duplicate());
		return ResponseEntity.accepted().body(answer);
	}

	private ChangeEvents.Recorded store(Integration integration, InboundChange change) {
		try {
			return changes.record(integration, change);
		}
		catch (DataAccessException | TransactionException ex) {
			if (DatabaseOutage.isCause(ex)) {
				throw ex;
			}
			throw new Unavailable("Changes cannot be stored right now; retry later.", intake.retryAfter(), ex);
		}
	}

}
