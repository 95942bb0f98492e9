package dev.firebreak.report.web;

import dev.firebreak.sla.SlaClocks;
import java.time.Instant;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
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

	/** Eight weeks, this one included: two months of MTTA and MTTR. */
	private static final int WEEKS = 8;

	/** Two weeks of days, today included. */
	private static final int DAYS = 14;

	private final VisibleIncidents incidents;

	private final TaskWorkService work;

	private final Trends trends;

	private final ObjectMapper json;

	private final PagePanels panels;

	private final Clock clock;

	private final SlaClocks clocks;

	private final LiveVersions live;

	DashboardController(VisibleIncidents incidents, TaskWorkService work, Trends trends, ObjectMapper json,
			PagePanels panels, Clock clock, SlaClocks clocks, LiveVersions live) {
		this.clocks = clocks;
		this.live = live;
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
	String dashboard(@RequestParam(name = "wall", defaultValue = "false") boolean wall, Authentication authentication,
			Model model) throws JsonProcessingException {
		Actor actor = Actor.of(authentication);
		actor.requireAnyRole("see the dashboard", Role.MANAGER);
		Instant now = clock.instant();
		Dashboard dashboard = Dashboard.of(open(actor), work.queue(actor, Scope.all),
				incident -> clocks.state(incident, now), now);
		model.addAttribute("page", "dashboard");
		model.addAttribute("wall", wall);
		model.addAttribute("live", live.page("incidents", null));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("panels", panels.of(PagePanel.DASHBOARD, null, authentication));
		model.addAttribute("chart", json.writeValueAsString(Map.of("teams", dashboard.openByTeam().keySet(),
				"priorities", List.of(Priority.values()), "counts", dashboard.openByTeam())));
		DashboardTrends trend = trends(actor);
		model.addAttribute("trends", trend);
		model.addAttribute("mttaChart", json.writeValueAsString(trend.mttaChart()));
		model.addAttribute("mttrChart", json.writeValueAsString(trend.mttrChart()));
		model.addAttribute("flowChart", json.writeValueAsString(trend.flowChart()));
		return "report/dashboard";
	}

	/** Up to today, in the report zone: the week and the day running now count too. */
	private DashboardTrends trends(Actor actor) {
		LocalDate today = trends.today();
		LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
		LocalDate firstDay = today.minusDays(DAYS - 1);
		return DashboardTrends.of(trends.get("mtta", "week", firstMonday, today, actor),
				trends.get("mttr", "week", firstMonday, today, actor),
				trends.get("incidents", "day", firstDay, today, actor),
				trends.get("mttr", "day", firstDay, today, actor));
	}

	private List<Incident> open(Actor actor) {
		List<Incident> open = new ArrayList<>();
		for (IncidentStatus status : OPEN) {
			int page = 0;
			IncidentPage found;
			do {
				found = incidents.search(status, null, null, null, null, null, page++, PAGE, actor);
				open.addAll(found.items());
			}
			while ((long) page * PAGE < found.total());
		}
		return open;
	}

}
