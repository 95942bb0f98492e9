package dev.firebreak.security.people;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own settings: their time zone. {@code POST /me/time-zone} is what a page's
 * script sends with the browser's zone while the person has chosen none; it never
 * overrides a choice.
 */
@Controller
class SettingsController {

	private final PersonTimeZones zones;

	SettingsController(PersonTimeZones zones) {
		this.zones = zones;
	}

	@GetMapping("/me/settings")
	String settings(Authentication authentication, Model model) {
		String current = zones.of(authentication.getName()).map(ZoneId::getId).orElse("");
		return page(current, Map.of(), model);
	}

	@PostMapping("/me/settings")
	String save(@RequestParam(name = "timeZone", required = false) String timeZone, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		Optional<ZoneId> chosen = zones.choose(authentication.getName(), timeZone);
		if (chosen.isEmpty()) {
			model.addAttribute("problem", "The time zone needs your attention; nothing was saved.");
			return page(timeZone == null ? "" : timeZone,
					Map.of("timeZone", "Pick a time zone from the list, such as Europe/Berlin or UTC."), model);
		}
		redirect.addFlashAttribute("notice", "Times are now shown in " + chosen.get().getId() + ".");
		return "redirect:/me/settings";
	}

	/**
	 * The browser's zone, for a person who has chosen none.
	 * @return whether the page should load again to show its times in the new zone
	 */
	@PostMapping("/me/time-zone")
	ResponseEntity<Map<String, Object>> browserZone(@RequestParam(name = "timeZone", required = false) String timeZone,
			Authentication authentication) {
		boolean stored = zones.defaultTo(authentication.getName(), timeZone);
		boolean reload = stored && !PersonTimeZones.parse(timeZone)
			.map(zone -> zone.getRules().equals(ZoneId.of("UTC").getRules()))
			.orElse(true);
		return ResponseEntity.ok(Map.of("stored", stored, "reload", reload));
	}

	private String page(String value, Map<String, String> errors, Model model) {
		model.addAttribute("page", "settings");
		model.addAttribute("values", Map.of("timeZone", value));
		model.addAttribute("errors", errors);
		model.addAttribute("zones", PersonTimeZones.CHOICES);
		return "security/settings";
	}

}
