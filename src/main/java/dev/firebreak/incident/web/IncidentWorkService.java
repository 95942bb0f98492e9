package dev.firebreak.incident.web;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.security.Actor;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.TaskWorkService;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.workflow.IncidentProcess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.MANAGER;
import static dev.firebreak.security.Role.RESPONDER;

/**
 * People's actions on incidents, each checked against who they are: any responder,
 * manager or admin may report; reprioritising, escalating, requesting a root-cause
 * analysis, cancelling and reassigning are for managers. Each answers with the incident
 * as it stands afterwards, read through task's {@link VisibleIncidents}.
 */
@Service
@Transactional
public class IncidentWorkService {

	private final IncidentService incidents;

	private final IncidentProcess process;

	private final TaskWorkService work;

	private final VisibleIncidents visible;

	private final TeamDirectory teams;

	IncidentWorkService(IncidentService incidents, IncidentProcess process, TaskWorkService work,
			VisibleIncidents visible, TeamDirectory teams) {
		this.incidents = incidents;
		this.process = process;
		this.work = work;
		this.visible = visible;
		this.teams = teams;
	}

	/**
	 * For any service: whoever sees a problem reports it, and the service's team takes it
	 * from there. A responder outside that team keeps read access to what they reported.
	 */
	public IncidentDetail report(NewIncident report, Actor actor) {
		actor.requireAnyRole("report incidents", RESPONDER, MANAGER, ADMIN);
		return visible.detail(incidents.report(report, actor.username()));
	}

	public IncidentDetail reprioritise(String number, IncidentRequests.Reprioritise request, Actor actor) {
		actor.requireAnyRole("reprioritise incidents", MANAGER);
		incidents.get(number);
		process.reprioritise(number, request.severity(), request.impact(), request.reason(), actor.username());
		return visible.detail(incidents.get(number));
	}

	public IncidentDetail escalate(String number, IncidentRequests.Escalate request, Actor actor) {
		actor.requireAnyRole("escalate incidents", MANAGER);
		Incident incident = incidents.get(number);
		incidents.escalate(incident.id(), "manager", request.reason(), actor.username());
		return visible.detail(incidents.get(number));
	}

	IncidentDetail requestRootCauseAnalysis(String number, IncidentRequests.RequestRootCauseAnalysis request,
			Actor actor) {
		actor.requireAnyRole("request a root-cause analysis", MANAGER);
		Incident incident = incidents.get(number);
		incidents.requireRootCauseAnalysis(incident.id(), request.reason(), actor.username());
		return visible.detail(incidents.get(number));
	}

	public IncidentDetail cancel(String number, IncidentRequests.Cancel request, Actor actor) {
		actor.requireAnyRole("cancel incidents", MANAGER);
		incidents.get(number);
		process.cancelAsDuplicate(number, request.duplicateOf(), request.reason(), actor.username());
		return visible.detail(incidents.get(number));
	}

	/**
	 * Whether an incident of this number exists, for a page to name a wrong number next
	 * to its field (the API answers 404 for it).
	 */
	@Transactional(readOnly = true)
	boolean exists(String number) {
		return incidents.exists(number);
	}

	/**
	 * Moves the incident to another team: our record first (it refuses a closed incident
	 * or the same team), then the engine's tasks, then our task records.
	 */
	public IncidentDetail reassign(String number, IncidentRequests.Reassign request, Actor actor) {
		actor.requireAnyRole("reassign incidents", MANAGER);
		if (!teams.isActive(request.team())) {
			throw new InvalidFieldException("team", "is not an enabled team");
		}
		Incident incident = incidents.get(number);
		incidents.reassign(incident.id(), request.team(), request.reason(), actor.username());
		process.reassign(number, request.team());
		work.moveOpenTasks(incident.id(), request.team());
		return visible.detail(incidents.get(number));
	}

}
