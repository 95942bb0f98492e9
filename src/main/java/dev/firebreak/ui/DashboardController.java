package dev.firebreak.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentPage;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.task.IncidentWorkService;
import dev.firebreak.task.Scope;
import dev.firebreak.task.TaskWorkService;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The managers' dashboard, from the incidents and tasks open now. It reads them through
 * the same services as the API, page by page; the report feature's queries (trends, MTTA,
 * MTTR) are to replace this when they arrive.
 */
@Controller
class DashboardController {

	private static final List<IncidentStatus> OPEN = List.of(IncidentStatus.OPEN, IncidentStatus.ACKNOWLEDGED,
			IncidentStatus.MITIGATED, IncidentStatus.RESOLVED);

	private static final int PAGE = 200;

	private final IncidentWorkService incidents;

	private final TaskWorkService work;

	private final ObjectMapper json;

	private final Clock clock;

	DashboardController(IncidentWorkService incidents, TaskWorkService work, ObjectMapper json, Clock clock) {
		this.incidents = incidents;
		this.work = work;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(Authentication authentication, Model model) throws JsonProcessingException {
		Actor actor = Actor.of(authentication);
		actor.requireAnyRole("see the dashboard", Role.MANAGER);
		Dashboard dashboard = Dashboard.of(open(actor), work.queue(actor, Scope.all), clock.instant());
		model.addAttribute("page", "dashboard");
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("priorities", List.of(Priority.values()));
		model.addAttribute("chart", json.writeValueAsString(Map.of("teams", dashboard.openByTeam().keySet(),
				"priorities", List.of(Priority.values()), "counts", dashboard.openByTeam())));
		return "dashboard";
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
