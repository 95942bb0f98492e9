package dev.firebreak.incident.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.incident.DiagnosisOutcome;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.Stage;
import dev.firebreak.security.Actor;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.TaskView;
import dev.firebreak.task.TaskWorkService;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.workflow.IncidentProcess;
import dev.firebreak.workflow.TaskConflictException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.MANAGER;
import static dev.firebreak.security.Role.RESPONDER;

/**
 * People's actions on incidents, each checked against who they are: any responder,
 * manager or admin may report; the team's responders and managers acknowledge, take over
 * and quickly resolve; a manager or the owner hands it to someone else; reprioritising,
 * escalating, requesting a root-cause analysis, cancelling and reassigning are for
 * managers. Each answers with the incident as it stands afterwards, read through task's
 * {@link VisibleIncidents}.
 */
@Service
@Transactional
public class IncidentWorkService {

	private final IncidentService incidents;

	private final IncidentProcess process;

	private final TaskWorkService work;

	private final VisibleIncidents visible;

	private final TeamDirectory teams;

	private final ObjectMapper json;

	IncidentWorkService(IncidentService incidents, IncidentProcess process, TaskWorkService work,
			VisibleIncidents visible, TeamDirectory teams, ObjectMapper json) {
		this.json = json;
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
	 * The person takes the incident: its open task, claimed, and its ownership. For the
	 * team's responders and managers.
	 */
	public IncidentDetail acknowledge(String number, Actor actor) {
		actor.requireAnyRole("acknowledge incidents", RESPONDER, MANAGER);
		Incident incident = incidents.get(number);
		work.acknowledge(incident.id(), actor);
		return visible.detail(incidents.get(number));
	}

	/** Hands the incident to a named person; a manager or the owner may. */
	public IncidentDetail assignOwner(String number, IncidentRequests.AssignOwner request, Actor actor) {
		actor.requireAnyRole("hand incidents over", RESPONDER, MANAGER);
		Incident incident = incidents.get(number);
		work.assignOwner(incident.id(), request.username(), actor);
		return visible.detail(incidents.get(number));
	}

	/**
	 * Takes the incident over: its open tasks held by others (or by nobody), and with
	 * them its ownership, recorded on the timeline. For the team's responders and
	 * managers.
	 */
	public IncidentDetail takeOver(String number, Actor actor) {
		actor.requireAnyRole("take incidents over", RESPONDER, MANAGER);
		IncidentDetail incident = visible.get(number, actor);
		if (incident.openTasks().isEmpty()) {
			throw new TaskConflictException("Incident " + number + " has no open task to take over.");
		}
		incident.openTasks().forEach(task -> work.takeOver(task.id(), actor));
		return visible.detail(incidents.get(number));
	}

	/**
	 * The quick path for a trivial alert: completes the open diagnosis with "false alarm"
	 * or "fixed by operations", through the route as the task's own form would, taking
	 * the task first when the person does not hold it. Recorded on the timeline as any
	 * diagnosis is.
	 */
	public IncidentDetail quickResolve(String number, IncidentRequests.QuickResolve request, Actor actor) {
		actor.requireAnyRole("resolve incidents", RESPONDER, MANAGER);
		if (request.outcome() == DiagnosisOutcome.NEEDS_FIX) {
			throw new InvalidFieldException("outcome",
					"a fix needs the hotfix stage: open the diagnosis task to record it");
		}
		IncidentDetail incident = visible.get(number, actor);
		TaskView diagnosis = incident.openTasks()
			.stream()
			.filter(task -> task.stage() == Stage.DIAGNOSIS)
			.findFirst()
			.orElseThrow(() -> new TaskConflictException(
					"Incident " + number + " is not waiting for its diagnosis; work its open task instead."));
		if (!actor.username().equals(diagnosis.assignee())) {
			work.takeOver(diagnosis.id(), actor);
		}
		ObjectNode form = json.createObjectNode()
			.put("outcome", request.outcome().name())
			.put("findings", request.findings());
		work.complete(diagnosis.id(), form, actor);
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
