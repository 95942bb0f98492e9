package dev.firebreak.incident.web;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.firebreak.failure.Failure;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.security.Actor;
import dev.firebreak.task.IncidentSearch;
import dev.firebreak.task.IncidentSearchFilters;
import dev.firebreak.task.IncidentSummary;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.web.FormErrors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header's search box. Without scripts it is a plain GET form whose answer is
 * {@code /search}; with them, {@code search.js} shows {@code /search/suggestions} under
 * the box as the person types. Both find only what the person may read, through the same
 * search as the incident list.
 */
@Controller
class SearchController {

	/** Enough to choose from under a box; the full page has the rest in the list. */
	private static final int SUGGESTIONS = 8;

	private static final int RESULTS = 25;

	private final VisibleIncidents visible;

	private final IncidentSearchFilters filters;

	SearchController(VisibleIncidents visible, IncidentSearchFilters filters) {
		this.visible = visible;
		this.filters = filters;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Authentication authentication, Model model) {
		String text = q == null ? "" : q.trim();
		model.addAttribute("page", "search");
		model.addAttribute("q", text);
		model.addAttribute("rows", List.of());
		model.addAttribute("total", 0L);
		if (text.isEmpty()) {
			return "incident/search";
		}
		try {
			IncidentPage result = find(text, RESULTS, authentication);
			model.addAttribute("rows", result.items().stream().map(IncidentSummary::of).toList());
			model.addAttribute("total", result.total());
		}
		catch (Failure ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			model.addAttribute("problem", "The search needs your attention; nothing was searched.");
		}
		return "incident/search";
	}

	/** A fragment, not a page: the list under the header's box. */
	@GetMapping("/search/suggestions")
	String suggestions(@RequestParam(name = "q", required = false) String q, Authentication authentication,
			Model model) {
		String text = q == null ? "" : q.trim();
		model.addAttribute("q", text);
		List<IncidentSummary> rows = List.of();
		long total = 0;
		if (!text.isEmpty() && text.length() <= IncidentSearchFilters.MAX_TEXT) {
			IncidentPage result = find(text, SUGGESTIONS, authentication);
			rows = result.items().stream().map(IncidentSummary::of).toList();
			total = result.total();
		}
		model.addAttribute("rows", rows);
		model.addAttribute("total", total);
		return "incident/search :: suggestions";
	}

	private IncidentPage find(String text, int size, Authentication authentication) {
		IncidentSearch search = filters.read(Map.of("q", text), ZoneOffset.UTC);
		return visible.search(null, null, null, null, null, null, search.text(), 0, size, Actor.of(authentication));
	}

}
