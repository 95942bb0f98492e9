package dev.firebreak.incident.web;

import java.util.List;

import dev.firebreak.security.Actor;
import dev.firebreak.web.Markdown;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The company-wide list of open P1/P2 incidents, as a page ({@code /incidents/major}) and
 * as JSON ({@code /api/v1/incidents/major}), for every signed-in person.
 */
@Controller
class MajorIncidentsController {

	private final MajorIncidents majors;

	MajorIncidentsController(MajorIncidents majors) {
		this.majors = majors;
	}

	@GetMapping("/incidents/major")
	String page(Authentication authentication, Model model) {
		model.addAttribute("page", "major");
		model.addAttribute("rows",
				majors.list(Actor.of(authentication)).stream().map(major -> new Row(major, html(major))).toList());
		return "incident/major";
	}

	@GetMapping("/api/v1/incidents/major")
	@ResponseBody
	Majors api(Authentication authentication) {
		return new Majors(majors.list(Actor.of(authentication)));
	}

	private static String html(MajorIncidents.Major major) {
		return major.lastUpdate() == null ? null : Markdown.toHtml(major.lastUpdate());
	}

	record Row(MajorIncidents.Major major, String lastUpdateHtml) {
	}

	record Majors(List<MajorIncidents.Major> items) {
	}

	/**
	 * The header's banner on every page: how many major incidents are open. Pages only:
	 * the API's answers have no header.
	 */
	@ControllerAdvice(annotations = Controller.class)
	static class MajorIncidentsBanner {

		// a provider: web slice tests load controller advice without the feature's
		// services
		private final ObjectProvider<MajorIncidents> majors;

		MajorIncidentsBanner(ObjectProvider<MajorIncidents> majors) {
			this.majors = majors;
		}

		@ModelAttribute("openMajorIncidents")
		Long openMajorIncidents(HttpServletRequest request, Authentication authentication) {
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					|| !"GET".equals(request.getMethod())) {
				return null;
			}
			MajorIncidents available = majors.getIfAvailable();
			return available == null ? null : available.count();
		}

	}

}
