package dev.firebreak.intake.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.admin.ServiceAdminService;
import dev.firebreak.failure.Failure;
import dev.firebreak.incident.Severity;
import dev.firebreak.intake.ConfigurationSnippets;
import dev.firebreak.intake.Integration;
import dev.firebreak.intake.IntegrationType;
import dev.firebreak.intake.IntegrationView;
import dev.firebreak.intake.Integrations;
import dev.firebreak.intake.NewIntegration;
import dev.firebreak.intake.TestAlerts;
import dev.firebreak.failure.NotFound;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.web.FormErrors;
import dev.firebreak.web.FormValues;
import jakarta.validation.Validator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Admins add and remove alert sources. A new key is shown once, in the answer to the
 * form, with the sender's configuration: it is not stored, so it cannot be shown again.
 */
@Controller
class IntegrationPagesController {

	/** Firebreak creates the probes' integration itself. */
	private static final List<IntegrationType> TYPES = Arrays.stream(IntegrationType.values())
		.filter(type -> type != IntegrationType.PROBE)
		.toList();

	private final Integrations integrations;

	private final ServiceAdminService services;

	private final TeamDirectory teams;

	private final Validator validator;

	private final TestAlerts testAlerts;

	IntegrationPagesController(Integrations integrations, ServiceAdminService services, TeamDirectory teams,
			Validator validator, TestAlerts testAlerts) {
		this.integrations = integrations;
		this.testAlerts = testAlerts;
		this.services = services;
		this.teams = teams;
		this.validator = validator;
	}

	/**
	 * The integrations service leaves the role to its door (the API's URL rules); the
	 * same rule stands here, before every action of this page, besides the URL rule.
	 */
	@ModelAttribute
	void adminsOnly(Authentication authentication) {
		Actor.of(authentication).requireAnyRole("manage integrations", Role.ADMIN);
	}

	@GetMapping("/admin/integrations")
	String list(Model model) {
		return listPage(Map.of("type", IntegrationType.ALERTMANAGER.name(), "defaultSeverity", "MEDIUM"), Map.of(),
				model);
	}

	@PostMapping("/admin/integrations")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		NewIntegration request = new NewIntegration(values.get("name"),
				FormValues.option(IntegrationType.class, values.get("type"), "type", errors),
				values.get("defaultService"), blankToNull(values.get("defaultTeam")),
				FormValues.option(Severity.class, values.get("defaultSeverity"), "defaultSeverity", errors), null, null,
				null);
		FormErrors.of(validator.validate(request)).forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				Integrations.CreatedIntegration created = integrations.create(request,
						Actor.of(authentication).username());
				IntegrationView view = IntegrationView.of(created.integration());
				String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
				model.addAttribute("page", "integrations");
				model.addAttribute("integration", view);
				model.addAttribute("key", created.key());
				model.addAttribute("configuration", ConfigurationSnippets.forType(view.type(), base, created.key()));
				model.addAttribute("testAlert", ConfigurationSnippets.testAlert(view.type(), base, created.key()));
				return "intake/integration-created";
			}
			catch (Failure ex) {
				errors.putAll(FormErrors.of(ex));
				if (errors.isEmpty()) {
					model.addAttribute("problem", FormErrors.problem(ex));
				}
			}
		}
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", "The new integration needs your attention; nothing was added.");
		}
		return listPage(values, errors, model);
	}

	/** The key stops working at once; incidents it raised stay as they are. */
	@PostMapping("/admin/integrations/{id}/delete")
	String delete(@PathVariable("id") long id, RedirectAttributes redirect) {
		String name = integrations.find(id).map(Integration::name).orElse("#" + id);
		if (integrations.delete(id)) {
			redirect.addFlashAttribute("notice", "Integration " + name + " deleted: its key no longer works.");
		}
		else {
			redirect.addFlashAttribute("problem", "Integration " + name + " was already deleted.");
		}
		return "redirect:/admin/integrations";
	}

	/**
	 * Sends a sample alert in the integration's own format through the intake, then shows
	 * what it did.
	 */
	@PostMapping("/admin/integrations/{id}/test-alert")
	String sendTestAlert(@PathVariable("id") long id) {
		TestAlerts.Result sent = testAlerts.send(id);
		return "redirect:/admin/integrations/" + id + "/test-alert/" + sent.alertId();
	}

	/** The test alert's result; its section asks again every second while it waits. */
	@GetMapping("/admin/integrations/{id}/test-alert/{alertId}")
	String testAlert(@PathVariable("id") long id, @PathVariable("alertId") long alertId, Model model) {
		model.addAttribute("page", "integrations");
		model.addAttribute("integration",
				integrations.find(id)
					.map(IntegrationView::of)
					.orElseThrow(() -> new NotFound("Integration not found", "There is no integration #" + id + ".")));
		model.addAttribute("result", testAlerts.result(id, alertId)
			.orElseThrow(() -> new NotFound("Test alert not found", "There is no test alert #" + alertId + ".")));
		return "intake/test-alert";
	}

	@GetMapping("/admin/integrations/{id}/test-alert/{alertId}/result")
	String testAlertResult(@PathVariable("id") long id, @PathVariable("alertId") long alertId, Model model) {
		testAlert(id, alertId, model);
		return "intake/test-alert :: result";
	}

	private String listPage(Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("page", "integrations");
		model.addAttribute("integrations",
				integrations.list()
					.stream()
					.filter(integration -> integration.type() != IntegrationType.PROBE)
					.map(IntegrationView::of)
					.toList());
		model.addAttribute("types", TYPES);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		model.addAttribute("curlExamples", TYPES.stream()
			.collect(java.util.stream.Collectors.toMap(type -> type,
					type -> ConfigurationSnippets.testAlert(type, base, ConfigurationSnippets.KEY_PLACEHOLDER))));
		model.addAttribute("services", services.list(false));
		model.addAttribute("teams", teams.activeTeams());
		model.addAttribute("severities", List.of(Severity.values()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "intake/integrations";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
