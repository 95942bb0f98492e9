package dev.firebreak.report.web;

import dev.firebreak.sla.SlaClocks;
import dev.firebreak.sla.SlaState;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Incident;
import dev.firebreak.failure.FieldError;
import dev.firebreak.failure.InvalidInput;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.report.Trend;
import dev.firebreak.report.Trends;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.task.Scope;
import dev.firebreak.task.TaskWorkService;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.LiveVersions;
import dev.firebreak.web.PagePanels;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The managers' dashboard: the incidents and tasks open now, read through the same
 * services as the API, page by page; and the trends of the report feature, with the
 * definitions of its reports (an incident counts in the week it was acknowledged or
 * resolved in).
 */
@Controller
class DashboardController {

	private static final List<IncidentStatus> OPEN = List.of(IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED,
			IncidentStatus.MITIGATED, IncidentStatus.RESOLVED);

	private static final int PAGE = 200;

	private final VisibleIncidents incidents;

	private final TaskWorkService work;

	private final Trends trends;

	private final ObjectMapper json;

	private final PagePanels panels;

	private final Clock clock;

	private final SlaClocks clocks;

	private final LiveVersions live;

	private final ServiceCatalogue catalogue;

	DashboardController(VisibleIncidents incidents, TaskWorkService work, Trends trends, ObjectMapper json,
			PagePanels panels, Clock clock, SlaClocks clocks, LiveVersions live, ServiceCatalogue catalogue) {
		this.clocks = clocks;
		this.live = live;
		this.catalogue = catalogue;
		this.incidents = incidents;
		this.work = work;
		this.trends = trends;
		this.json = json;
		this.panels = panels;
		this.clock = clock;
	}

	/**
	 * @param wall the wall-board mode: no navigation, large type, updating itself, for a
	 * screen on the wall
	 */
	@GetMapping("/dashboard")
	String dashboard(@RequestParam Map<String, String> values, Authentication authentication, Model model)
			throws JsonProcessingException {
		Actor actor = Actor.of(authentication);
		actor.requireAnyRole("see the dashboard", Role.MANAGER);
		boolean wall = "true".equals(values.get("wall"));
		List<String> teams = teams();
		Map<String, String> errors = new LinkedHashMap<>();
		DashboardFilters filters = DashboardFilters.read(values, trends.today(), teams, errors);
		String team = filters.team();
		Instant now = clock.instant();
		List<Incident> open = open(actor, team);
		// the clocks of all open incidents in a few queries, not two per incident
		Map<Long, SlaState> sla = clocks.incidentStates(open, now);
		Dashboard dashboard = Dashboard.of(open,
				work.queue(actor, Scope.all).stream().filter(task -> team == null || team.equals(task.team())).toList(),
				incident -> sla.get(incident.id()), now);
		model.addAttribute("page", "dashboard");
		model.addAttribute("wall", wall);
		model.addAttribute("live", live.page("incidents", null));
		model.addAttribute("filters", filters);
		model.addAttribute("ranges", DashboardFilters.RANGES);
		model.addAttribute("teams", teams);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("panels", panels.of(PagePanel.DASHBOARD, null, authentication));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("teams", dashboard.openByTeam().keySet());
		chart.put("priorities", List.of(Priority.values()));
		chart.put("counts", dashboard.openByTeam());
		chart.put("links", openLinks(dashboard));
		model.addAttribute("chart", json.writeValueAsString(chart));
		DashboardTrends trend = trends(filters, actor);
		model.addAttribute("trends", trend);
		model.addAttribute("mttaChart", json.writeValueAsString(trend.mttaChart()));
		model.addAttribute("mttrChart", json.writeValueAsString(trend.mttrChart()));
		model.addAttribute("flowChart", json.writeValueAsString(trend.flowChart()));
		return "report/dashboard";
	}

	/** The teams that own a service: the ones the figures can be of. */
	private List<String> teams() {
		return catalogue.all().stream().map(MonitoredService::owningTeam).distinct().sorted().toList();
	}

	/** Per team and priority, the list of those open incidents. */
	private static Map<String, Map<Priority, String>> openLinks(Dashboard dashboard) {
		Map<String, Map<Priority, String>> links = new LinkedHashMap<>();
		dashboard.openByTeam().forEach((team, counts) -> {
			Map<Priority, String> byPriority = new EnumMap<>(Priority.class);
			for (Priority priority : Priority.values()) {
				byPriority.put(priority, openLink(team, priority));
			}
			links.put(team, byPriority);
		});
		return links;
	}

	static String openLink(String team, Priority priority) {
		return UriComponentsBuilder.fromPath("/dashboard/incidents")
			.queryParam("kind", "open")
			.queryParam("team", team)
			.queryParamIfPresent("priority", java.util.Optional.ofNullable(priority))
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * Up to the range's last day, in the report zone: the week and day running count too.
	 */
	private DashboardTrends trends(DashboardFilters filters, Actor actor) {
		String team = filters.team();
		List<Trend> four = trends.get(List.of(new Trends.Ask("mtta", filters.bucket(), filters.from(), filters.to()),
				new Trends.Ask("mttr", filters.bucket(), filters.from(), filters.to()),
				new Trends.Ask("incidents", filters.flowBucket(), filters.flowFrom(), filters.to()),
				new Trends.Ask("mttr", filters.flowBucket(), filters.flowFrom(), filters.to())), team, actor);
		return DashboardTrends.of(four.get(0), four.get(1), four.get(2), four.get(3), team);
	}

	/**
	 * The incidents behind one figure of the dashboard: the open ones of a team (and
	 * priority), or those opened, acknowledged or resolved within some days.
	 */
	@GetMapping("/dashboard/incidents")
	String behind(@RequestParam Map<String, String> values, Authentication authentication, Model model) {
		Actor actor = Actor.of(authentication);
		actor.requireAnyRole("see the dashboard", Role.MANAGER);
		String kind = values.getOrDefault("kind", "");
		String team = values.get("team") == null || values.get("team").isBlank() ? null : values.get("team");
		model.addAttribute("page", "dashboard");
		if ("open".equals(kind)) {
			Priority priority = priority(values.get("priority"));
			List<Incident> open = open(actor, team).stream()
				.filter(incident -> priority == null || priority == incident.priority())
				.sorted(Comparator.comparing(Incident::detectedAt))
				.toList();
			model.addAttribute("rows", open.stream().map(DashboardIncident::of).toList());
			model.addAttribute("heading", "Open incidents" + (priority == null ? "" : " of priority " + priority)
					+ (team == null ? "" : " of team " + team));
		}
		else {
			LocalDate from = day(values.get("from"), "from");
			LocalDate to = day(values.get("to"), "to");
			List<IncidentRecord> found = trends.behind(kind, from, to, team, actor);
			model.addAttribute("rows", found.stream().map(DashboardIncident::of).toList());
			model.addAttribute("heading",
					"Incidents " + kind + (from.equals(to) ? " on " + from : " from " + from + " to " + to)
							+ (team == null ? "" : " of team " + team));
		}
		return "report/dashboard-incidents";
	}

	private static Priority priority(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Priority.valueOf(value.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(List.of(new FieldError("priority", "must be one of P1, P2, P3, P4")));
		}
	}

	private static LocalDate day(String value, String field) {
		try {
			return LocalDate.parse(value == null ? "" : value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(List.of(new FieldError(field, "must be a day such as 2026-03-02")));
		}
	}

	private List<Incident> open(Actor actor, String team) {
		List<Incident> open = new ArrayList<>();
		for (IncidentStatus status : OPEN) {
			int page = 0;
			IncidentPage found;
			do {
				found = incidents.search(status, null, null, team, null, null, page++, PAGE, actor);
				open.addAll(found.items());
			}
			while ((long) page * PAGE < found.total());
		}
		return open;
	}

}
