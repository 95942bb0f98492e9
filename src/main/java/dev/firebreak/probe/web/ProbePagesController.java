package dev.firebreak.probe.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.firebreak.admin.ServiceAdminService;
import dev.firebreak.failure.Failure;
import dev.firebreak.probe.CreatedProbe;
import dev.firebreak.probe.Expectation;
import dev.firebreak.probe.Probe;
import dev.firebreak.probe.ProbeKind;
import dev.firebreak.probe.ProbeMethod;
import dev.firebreak.probe.ProbeOverviews;
import dev.firebreak.probe.ProbeOverviews.ProbeOverview;
import dev.firebreak.probe.ProbeRequest;
import dev.firebreak.probe.Probes;
import dev.firebreak.probe.RecordType;
import dev.firebreak.probe.Redirects;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.web.FormErrors;

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
 * Admins list, add, edit, test and delete probes of every kind. The probe service checks
 * every field (and the rules between them) as it does for the API; the form shows only
 * the fields of the probe's kind, and a refused form comes back with what was typed.
 */
@Controller
class ProbePagesController {

	private static final Map<ProbeKind, String> KIND_NAMES = Map.of(ProbeKind.HTTP, "HTTP", ProbeKind.HEARTBEAT,
			"Heartbeat", ProbeKind.TCP, "TCP", ProbeKind.TLS, "TLS certificate", ProbeKind.DNS, "DNS",
			ProbeKind.DATA_INTEGRITY, "Data integrity");

	private final Probes probes;

	private final ProbeOverviews overviews;

	private final ServiceAdminService services;

	ProbePagesController(Probes probes, ProbeOverviews overviews, ServiceAdminService services) {
		this.probes = probes;
		this.overviews = overviews;
		this.services = services;
	}

	/** As for integrations: the probe service leaves the role to its door. */
	@ModelAttribute
	void adminsOnly(Authentication authentication) {
		Actor.of(authentication).requireAnyRole("manage probes", Role.ADMIN);
	}

	@GetMapping("/admin/probes")
	String list(Model model) {
		model.addAttribute("page", "probes");
		model.addAttribute("overviews", overviews.list());
		model.addAttribute("kinds", List.of(ProbeKind.values()));
		model.addAttribute("kindNames", KIND_NAMES);
		return "probe/probes";
	}

	@GetMapping("/admin/probes/new")
	String newProbe(@RequestParam(name = "kind", defaultValue = "HTTP") String kind, Model model) {
		ProbeKind chosen = kind(kind);
		return form(chosen, null, ProbeForm.defaults(chosen), Map.of(), model);
	}

	@PostMapping("/admin/probes")
	String create(@RequestParam Map<String, String> values, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		ProbeKind kind = kind(values.get("kind"));
		Map<String, String> errors = new LinkedHashMap<>();
		ProbeRequest request = ProbeForm.request(kind, values, errors);
		if (!kind.name().equals(values.get("kind"))) {
			model.addAttribute("problem", "There is no kind of probe called '" + values.get("kind")
					+ "'; choose one from the probe list. Nothing was added.");
		}
		else if (errors.isEmpty()) {
			try {
				CreatedProbe created = probes.create(request, Actor.of(authentication).username());
				if (created.pingPath() != null) {
					return heartbeatAddress(created, "added", model);
				}
				redirect.addFlashAttribute("notice",
						"Probe " + created.probe().name() + " added; its first check is due now.");
				return "redirect:/admin/probes";
			}
			catch (Failure ex) {
				refused(ex, errors, model);
			}
		}
		refusedNotice(model, "The new probe needs your attention; nothing was added.");
		return form(kind, null, values, errors, model);
	}

	@GetMapping("/admin/probes/{id}")
	String edit(@PathVariable("id") long id, Model model) {
		Probe probe = probes.get(id);
		return form(probe.kind(), probe, ProbeForm.of(probe), Map.of(), model);
	}

	@PostMapping("/admin/probes/{id}")
	String update(@PathVariable("id") long id, @RequestParam Map<String, String> values, Model model,
			RedirectAttributes redirect) {
		Probe probe = probes.get(id);
		Map<String, String> errors = new LinkedHashMap<>();
		ProbeRequest request = ProbeForm.request(probe.kind(), values, errors);
		if (errors.isEmpty()) {
			try {
				probes.update(id, request);
				redirect.addFlashAttribute("notice", "Probe " + request.name() + " saved.");
				return "redirect:/admin/probes";
			}
			catch (Failure ex) {
				refused(ex, errors, model);
			}
		}
		refusedNotice(model, "The probe needs your attention; nothing was changed.");
		return form(probe.kind(), probe, values, errors, model);
	}

	/** Runs the saved check once and shows what it found; no sample, no alert. */
	@PostMapping("/admin/probes/{id}/test")
	String testNow(@PathVariable("id") long id, Model model) {
		Probe probe = probes.get(id);
		model.addAttribute("result", probes.testNow(id));
		return form(probe.kind(), probe, ProbeForm.of(probe), Map.of(), model);
	}

	@PostMapping("/admin/probes/{id}/ping-secret")
	String newPingSecret(@PathVariable("id") long id, Model model) {
		return heartbeatAddress(probes.newPingSecret(id), "given a new address", model);
	}

	@GetMapping("/admin/probes/{id}/delete")
	String confirmDelete(@PathVariable("id") long id, Model model) {
		Optional<ProbeOverview> overview = overviews.list().stream().filter(o -> o.probe().id() == id).findFirst();
		model.addAttribute("page", "probes");
		model.addAttribute("probe", probes.get(id));
		model.addAttribute("incident", overview.map(ProbeOverview::incident).orElse(null));
		return "probe/delete";
	}

	/**
	 * Its samples stay for the availability figures; an incident it raised stays open.
	 */
	@PostMapping("/admin/probes/{id}/delete")
	String delete(@PathVariable("id") long id, RedirectAttributes redirect) {
		String name = probes.get(id).name();
		probes.delete(id);
		redirect.addFlashAttribute("notice", "Probe " + name + " deleted: it runs no more checks.");
		return "redirect:/admin/probes";
	}

	private String heartbeatAddress(CreatedProbe created, String what, Model model) {
		String address = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(created.pingPath())
			.build()
			.toUriString();
		model.addAttribute("page", "probes");
		model.addAttribute("probe", created.probe());
		model.addAttribute("what", what);
		model.addAttribute("address", address);
		return "probe/heartbeat-address";
	}

	private String form(ProbeKind kind, Probe probe, Map<String, String> values, Map<String, String> errors,
			Model model) {
		model.addAttribute("page", "probes");
		model.addAttribute("kind", kind);
		model.addAttribute("title", probe != null ? "Probe " + probe.name() : "New probe: " + KIND_NAMES.get(kind));
		model.addAttribute("probe", probe);
		model.addAttribute("services", services.list(false));
		model.addAttribute("methods", List.of(ProbeMethod.values()));
		model.addAttribute("redirectOptions", List.of(Redirects.values()));
		model.addAttribute("recordTypes", List.of(RecordType.values()));
		model.addAttribute("expectations", List.of(Expectation.values()));
		model.addAttribute("dataSources", probes.dataSourceNames().stream().sorted().toList());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "probe/probe-form";
	}

	private static void refused(Failure ex, Map<String, String> errors, Model model) {
		errors.putAll(FormErrors.of(ex));
		if (errors.isEmpty()) {
			model.addAttribute("problem", FormErrors.problem(ex));
		}
	}

	private static void refusedNotice(Model model, String text) {
		if (model.getAttribute("problem") == null) {
			model.addAttribute("problem", text);
		}
	}

	/**
	 * An unknown kind falls back to HTTP's form rather than an error page; a form sent
	 * with one is refused.
	 */
	private static ProbeKind kind(String value) {
		for (ProbeKind kind : ProbeKind.values()) {
			if (kind.name().equals(value)) {
				return kind;
			}
		}
		return ProbeKind.HTTP;
	}

}
