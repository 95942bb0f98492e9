package dev.firebreak.intake;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import dev.firebreak.failure.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Admins manage alert sources. The key appears once, in the answer to the create call.
 */
@RestController
@RequestMapping("/api/v1/integrations")
class IntegrationApiController {

	private final Integrations integrations;

	private final TestAlerts testAlerts;

	IntegrationApiController(Integrations integrations, TestAlerts testAlerts) {
		this.integrations = integrations;
		this.testAlerts = testAlerts;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewIntegration request,
			Authentication authentication) {
		Integrations.CreatedIntegration created = integrations.create(request, authentication.getName());
		IntegrationView view = IntegrationView.of(created.integration());
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return ResponseEntity.created(URI.create("/api/v1/integrations/" + view.id()))
			.body(Map.of("integration", view, "key", created.key(), "configuration",
					ConfigurationSnippets.forType(view.type(), base, created.key())));
	}

	@GetMapping
	List<IntegrationView> list() {
		return integrations.list().stream().map(IntegrationView::of).toList();
	}

	@GetMapping("/{id}")
	IntegrationView get(@PathVariable("id") long id) {
		return integrations.find(id).map(IntegrationView::of).orElseThrow(() -> notFound(id));
	}

	/** The key stops working at once; incidents it raised stay as they are. */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable("id") long id) {
		if (!integrations.delete(id)) {
			throw notFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * Sends a sample alert in the integration's format through the intake (the inbox, the
	 * worker, the route); 202 with the stored alert, whose result the next call reads.
	 */
	@PostMapping("/{id}/test-alert")
	ResponseEntity<TestAlerts.Result> sendTestAlert(@PathVariable("id") long id) {
		TestAlerts.Result sent = testAlerts.send(id);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/integrations/" + id + "/test-alert/" + sent.alertId()))
			.body(sent);
	}

	/** What a test alert did: pending, or the incident it opened or repeated. */
	@GetMapping("/{id}/test-alert/{alertId}")
	TestAlerts.Result testAlert(@PathVariable("id") long id, @PathVariable("alertId") long alertId) {
		return testAlerts.result(id, alertId)
			.orElseThrow(() -> new NotFound("Test alert not found",
					"Integration " + id + " has no stored alert " + alertId + "."));
	}

	private static NotFound notFound(long id) {
		return new NotFound("Integration not found", "There is no live integration " + id + ".");
	}

}
