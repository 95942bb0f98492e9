package dev.firebreak.task;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.IncidentResponders;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NotificationLink;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.StageReport;
import dev.firebreak.security.Actor;
import dev.firebreak.security.InvalidRequestException;
import dev.firebreak.security.People;
import dev.firebreak.security.Role;
import dev.firebreak.sla.SlaClocks;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaState;
import dev.firebreak.workflow.TaskConflictException;
import dev.firebreak.workflow.WorkTasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human work on incidents: queues, claim, release, complete. Each action changes our rows
 * and the engine's in one transaction, so a refused action changes nothing.
 */
@Service
@Transactional
public class TaskWorkService {

	/** Incidents of this many tasks are read in one query. */
	private static final int BATCH = 500;

	private final WorkTaskRepository records;

	private final WorkTasks engine;

	private final IncidentService incidents;

	private final StageFormReader forms;

	private final ObjectMapper json;

	private final ReadAccess access;

	private final IncidentResponders responders;

	private final People people;

	private final Clock clock;

	private final SlaClocks clocks;

	private final IncidentQueries queries;

	TaskWorkService(WorkTaskRepository records, WorkTasks engine, IncidentService incidents, StageFormReader forms,
			ObjectMapper json, ReadAccess access, IncidentResponders responders, People people, Clock clock,
			SlaClocks clocks, IncidentQueries queries) {
		this.clocks = clocks;
		this.queries = queries;
		this.access = access;
		this.responders = responders;
		this.people = people;
		this.records = records;
		this.engine = engine;
		this.incidents = incidents;
		this.forms = forms;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Most urgent first: my teams' open tasks, the ones I claimed, or (managers,
	 * auditors, admins) every team's.
	 */
	@Transactional(readOnly = true)
	public List<TaskView> queue(Actor actor, Scope scope) {
		List<WorkTaskRecord> open = switch (scope) {
			case team -> records.openForTeams(actor.teams(), actor.username());
			case mine -> records.openClaimedBy(actor.username());
			case all -> {
				actor.requireAnyRole("see every team's tasks", Role.MANAGER, Role.AUDITOR, Role.ADMIN);
				yield records.allOpen();
			}
		};
		return views(open);
	}

	@Transactional(readOnly = true)
	List<TaskView> openForIncident(long incidentId) {
		return views(records.openForIncident(incidentId));
	}

	public TaskView claim(String taskId, Actor actor) {
		WorkTaskRecord task = openTask(taskId);
		AccessRules.requireCanWork(actor, taskId, task.team(), task.givenTo());
		if (actor.username().equals(task.claimedBy())) {
			return view(task, new HashMap<>());
		}
		if (task.claimedBy() != null) {
			throw new TaskConflictException(
					"Task " + taskId + " is claimed by " + task.claimedBy() + "; take it over to work it yourself.");
		}
		// our row decides who wins a race, before the engine is touched: the check and
		// the
		// assignment are one statement (WorkTaskRepository.claimIfFree)
		if (!records.claimIfFree(taskId, actor.username(), clock.instant())) {
			throw new TaskConflictException(
					"Task " + taskId + " was claimed by someone else a moment ago; reload to see by whom.");
		}
		engine.claim(taskId, actor.username());
		incidents.recordTaskClaim(task.incidentId(), taskId, task.stage(), true, actor.username());
		acknowledgeOnFirstTake(task, actor);
		return view(openTask(taskId), new HashMap<>());
	}

	public TaskView unclaim(String taskId, Actor actor) {
		WorkTaskRecord task = openTask(taskId);
		AccessRules.requireCanWork(actor, taskId, task.team(), task.givenTo());
		if (task.claimedBy() == null) {
			throw new TaskConflictException("Task " + taskId + " is not claimed.");
		}
		if (!task.claimedBy().equals(actor.username()) && !actor.hasRole(Role.MANAGER)) {
			throw new TaskConflictException("Task " + taskId + " is claimed by " + task.claimedBy()
					+ "; only they or a manager can release it.");
		}
		if (!records.releaseIfHeldBy(taskId, task.claimedBy())) {
			throw new TaskConflictException("Task " + taskId + " was changed a moment ago; reload and try again.");
		}
		engine.unclaim(taskId);
		incidents.recordTaskClaim(task.incidentId(), taskId, task.stage(), false, actor.username());
		return view(openTask(taskId), new HashMap<>());
	}

	/**
	 * Acknowledges the incident from outside the task pages (a link in a notification):
	 * takes its open, unclaimed task for the person when they may work it, as claiming it
	 * would, and otherwise acknowledges without a task (someone paged from another team,
	 * who does not become its owner).
	 * @param via recorded on the acknowledgement (which notification's link)
	 * @return false when someone had acknowledged it already (nothing changes)
	 */
	public boolean acknowledge(long incidentId, Actor actor, NotificationLink via) {
		actor.requireAnyRole("acknowledge incidents", Role.RESPONDER, Role.MANAGER);
		Incident incident = incidents.get(incidentId);
		if (incident.acknowledgedAt() != null) {
			return false;
		}
		takeFreeTask(incidentId, actor);
		incidents.acknowledge(incidentId, actor.username(), via, AccessRules.mayWork(actor, incident.team()));
		return true;
	}

	/**
	 * Acknowledges the incident from its page or the API: the person takes its open,
	 * unclaimed task and becomes its owner. Only the team's responders and managers may.
	 */
	public void acknowledge(long incidentId, Actor actor) {
		Incident incident = incidents.get(incidentId);
		access.require(actor, incident);
		if (!AccessRules.mayWork(actor, incident.team())) {
			throw new dev.firebreak.security.ActionDeniedException("Incident " + incident.number() + " belongs to team "
					+ incident.team() + ": only its responders and managers may acknowledge it.");
		}
		if (incident.acknowledgedAt() != null) {
			throw new TaskConflictException("Incident " + incident.number() + " was acknowledged already"
					+ (incident.owner() == null ? "." : "; " + incident.owner() + " owns it. Take it over instead."));
		}
		takeFreeTask(incidentId, actor);
		incidents.acknowledge(incidentId, actor.username());
	}

	private void takeFreeTask(long incidentId, Actor actor) {
		records.openForIncident(incidentId)
			.stream()
			.filter(task -> task.claimedBy() == null && AccessRules.mayWork(actor, task.team(), task.givenTo()))
			.findFirst()
			.filter(task -> records.claimIfFree(task.taskId(), actor.username(), clock.instant()))
			.ifPresent(task -> {
				engine.claim(task.taskId(), actor.username());
				incidents.recordTaskClaim(incidentId, task.taskId(), task.stage(), true, actor.username());
			});
	}

	/**
	 * Someone of the team takes the task over from whoever holds it (or claims it, when
	 * nobody does), recorded on the timeline; they become the incident's owner, so that
	 * its next stages come to them.
	 */
	public TaskView takeOver(String taskId, Actor actor) {
		WorkTaskRecord task = openTask(taskId);
		AccessRules.requireCanWork(actor, taskId, task.team(), task.givenTo());
		if (!actor.username().equals(task.claimedBy())) {
			takeOver(task, actor);
		}
		Incident incident = incidents.get(task.incidentId());
		if (AccessRules.mayWork(actor, task.team()) && !actor.username().equals(incident.owner())
				&& incident.acknowledgedAt() != null) {
			incidents.assignOwner(task.incidentId(), actor.username(), actor.username());
		}
		return view(openTask(taskId), new HashMap<>());
	}

	/**
	 * Hands the incident to a named person, who must be able to work its team's tasks (a
	 * responder of the team, or a manager). A manager or the owner may. The open tasks
	 * the previous owner held, or that nobody held, move to the new owner, claimed.
	 */
	public String assignOwner(long incidentId, String username, Actor actor) {
		Incident incident = incidents.get(incidentId);
		access.require(actor, incident);
		if (!actor.hasRole(Role.MANAGER) && !actor.username().equals(incident.owner())) {
			throw new dev.firebreak.security.ActionDeniedException(
					"Only a manager or the owner (" + (incident.owner() == null ? "nobody yet" : incident.owner())
							+ ") may hand incident " + incident.number() + " to someone else.");
		}
		if (username == null || username.isBlank()) {
			throw new InvalidRequestException("username", "must name the person who is to own the incident");
		}
		People.Person person = people.find(username.trim())
			.orElseThrow(() -> new InvalidRequestException("username", "is nobody known here"));
		if (!AccessRules.mayWork(person.asActor(), incident.team())) {
			throw new InvalidRequestException("username", "cannot work team " + incident.team()
					+ "'s tasks: a responder of the team or a manager may own it");
		}
		if (incident.acknowledgedAt() == null) {
			throw new TaskConflictException("Nobody has acknowledged incident " + incident.number()
					+ " yet: the first person to take it owns it.");
		}
		String previous = incidents.assignOwner(incidentId, person.username(), actor.username());
		for (WorkTaskRecord task : records.openForIncident(incidentId)) {
			boolean ownersToMove = task.givenTo() == null
					&& (task.claimedBy() == null || task.claimedBy().equals(previous));
			if (ownersToMove && !person.username().equals(task.claimedBy())) {
				if (task.claimedBy() != null) {
					engine.unclaim(task.taskId());
				}
				engine.claim(task.taskId(), person.username());
				records.markClaimed(task.taskId(), person.username(), clock.instant());
				incidents.recordTaskOffered(incidentId, task.taskId(), task.stage(), actor.username());
			}
		}
		return person.username();
	}

	/**
	 * Completes a task the person claimed. A manager may complete any task: they take it
	 * over first, from whoever held it, and the timeline says so.
	 */
	public void complete(String taskId, JsonNode body, Actor actor) {
		WorkTaskRecord task = openTask(taskId);
		AccessRules.requireCanWork(actor, taskId, task.team(), task.givenTo());
		if (!actor.username().equals(task.claimedBy())) {
			if (!actor.hasRole(Role.MANAGER)) {
				throw new TaskConflictException(
						task.claimedBy() == null ? "Claim task " + taskId + " before completing it."
								: "Task " + taskId + " is claimed by " + task.claimedBy() + ".");
			}
			// in this transaction: an invalid form below undoes the takeover too
			takeOver(task, actor);
		}
		StageReport report = forms.read(task.stage(), body);
		String user = actor.username();
		incidents.complete(task.incidentId(), report, user);
		// our record first: the engine runs on to the next wait state inside the complete
		// call
		records.markCompleted(taskId, user, clock.instant(), report.decision(), toJson(report));
		engine.complete(taskId, user, report);
	}

	/**
	 * One task, open or done, for whoever may read its incident, with what this person
	 * may do with it (the same rules claim, release and complete enforce).
	 */
	@Transactional(readOnly = true)
	public TaskState find(String taskId, Actor actor) {
		WorkTaskRecord task = records.find(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
		access.require(actor, incidents.get(task.incidentId()));
		boolean mayWork = task.isOpen() && AccessRules.mayWork(actor, task.team(), task.givenTo());
		boolean mine = actor.username().equals(task.claimedBy());
		boolean manager = actor.hasRole(Role.MANAGER);
		return new TaskState(view(task, new HashMap<>()), task.isOpen(), task.completedBy(), task.completedAt(),
				task.endedAt(), mayWork && task.claimedBy() == null, mayWork && (mine || manager),
				mayWork && task.claimedBy() != null && (mine || manager), mayWork && !mine && manager,
				mayWork && task.claimedBy() != null && !mine);
	}

	/**
	 * The owning team gives an open task to a person from elsewhere who was added to the
	 * incident as a responder: they may then claim and complete it like the team's own
	 * people. The team keeps it in its queue too. Giving it again moves it; a claim by
	 * someone the task is no longer theirs to work ends.
	 * @param username the added responder, or null to take it back
	 */
	public TaskView give(String taskId, String username, Actor actor) {
		WorkTaskRecord task = openTask(taskId);
		if (!AccessRules.mayWork(actor, task.team())) {
			throw new dev.firebreak.security.ActionDeniedException("Task " + taskId + " belongs to team " + task.team()
					+ ": only its responders and managers may give it.");
		}
		if (username != null) {
			People.Person person = people.find(username)
				.orElseThrow(() -> new InvalidRequestException("username", "is nobody known here"));
			if (!person.roles().contains(Role.RESPONDER)) {
				throw new InvalidRequestException("username", "is not a responder");
			}
			if (!person.teams().contains(task.team())
					&& !responders.isAdded(task.incidentId(), person.username(), person.teams())) {
				throw new InvalidRequestException("username",
						"was not added to this incident; add them as a responder first");
			}
		}
		if (task.claimedBy() != null && !task.claimedBy().equals(username) && !AccessRules
			.mayWork(people.find(task.claimedBy()).map(People.Person::asActor).orElse(actor), task.team())) {
			// the previous holder from elsewhere loses the task with the gift
			engine.unclaim(taskId);
			records.markReleased(taskId);
			incidents.recordTaskClaim(task.incidentId(), taskId, task.stage(), false, actor.username());
		}
		records.give(taskId, username);
		incidents.recordTaskGiven(task.incidentId(), taskId, task.stage(), username, actor.username());
		return view(openTask(taskId), new HashMap<>());
	}

	/**
	 * After a responder (or a team) was taken off an incident: the open tasks given to
	 * someone who may no longer work them go back to the owning team alone, and a claim
	 * that person held ends. Each return is on the timeline as a gift back (to nobody).
	 * @return the tasks returned
	 */
	public List<String> returnGivenTasks(long incidentId, Actor actor) {
		List<String> returned = new java.util.ArrayList<>();
		for (WorkTaskRecord task : records.openForIncident(incidentId)) {
			if (task.givenTo() == null) {
				continue;
			}
			boolean stillAllowed = people.find(task.givenTo())
				.map(person -> person.teams().contains(task.team())
						|| responders.isAdded(incidentId, person.username(), person.teams()))
				.orElse(false);
			if (!stillAllowed) {
				give(task.taskId(), null, actor);
				returned.add(task.taskId());
			}
		}
		return returned;
	}

	private WorkTaskRecord openTask(String taskId) {
		WorkTaskRecord task = records.find(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
		if (task.completedAt() != null) {
			throw new TaskConflictException("Task " + taskId + " was already completed by " + task.completedBy() + ".");
		}
		if (task.endedAt() != null) {
			throw new TaskConflictException("Task " + taskId + " was cancelled with its incident.");
		}
		return task;
	}

	/**
	 * After a reassignment: open tasks join the new team's queue, and claims by the old
	 * team's people end.
	 */
	public void moveOpenTasks(long incidentId, String team) {
		records.moveOpen(incidentId, team);
	}

	private void takeOver(WorkTaskRecord task, Actor actor) {
		if (task.claimedBy() != null) {
			engine.unclaim(task.taskId());
		}
		engine.claim(task.taskId(), actor.username());
		records.markClaimed(task.taskId(), actor.username(), clock.instant());
		incidents.recordTaskTakeover(task.incidentId(), task.taskId(), task.stage(), task.claimedBy(),
				actor.username());
		acknowledgeOnFirstTake(task, actor);
	}

	/**
	 * Taking the first task acknowledges the incident, which stops the acknowledge clock:
	 * usually the diagnosis, or the verification when monitoring reported recovery before
	 * anyone acted.
	 */
	private void acknowledgeOnFirstTake(WorkTaskRecord task, Actor actor) {
		if (incidents.get(task.incidentId()).acknowledgedAt() == null) {
			incidents.acknowledge(task.incidentId(), actor.username());
		}
	}

	/**
	 * The tasks' incidents and their clocks are read together, a batch at a time, not one
	 * incident per task: a queue of hundreds of tasks stays a handful of queries.
	 */
	private List<TaskView> views(List<WorkTaskRecord> open) {
		List<Long> ids = open.stream().map(WorkTaskRecord::incidentId).distinct().toList();
		Map<Long, IncidentRecord> byId = new HashMap<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			queries.byIds(ids.subList(from, Math.min(ids.size(), from + BATCH)))
				.forEach(incident -> byId.put(incident.id(), incident));
		}
		Map<Long, SlaState> clocksNow = clocks.states(byId.values(), clock.instant());
		return open.stream()
			.map(task -> byId.containsKey(task.incidentId())
					? view(task, byId.get(task.incidentId()), clocksNow.get(task.incidentId()))
					: view(task, new HashMap<>()))
			.sorted(Comparator.comparing(TaskWorkService::runningDue, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** A stopped deadline is urgent no more: such tasks come after every running one. */
	private static Instant runningDue(TaskView task) {
		return task.dueStoppedAt() == null ? task.dueAt() : null;
	}

	private TaskView view(WorkTaskRecord task, Map<Long, Incident> cache) {
		Incident incident = cache.computeIfAbsent(task.incidentId(), incidents::get);
		return view(task, incident.number(), incident.title(), incident.priority(), incident.acknowledgedAt() == null,
				clocks.state(incident, clock.instant()));
	}

	private TaskView view(WorkTaskRecord task, IncidentRecord incident, SlaState sla) {
		return view(task, incident.number(), incident.title(), incident.priority(), incident.acknowledgedAt() == null,
				sla);
	}

	private static TaskView view(WorkTaskRecord task, String number, String title, Priority priority,
			boolean awaitingAcknowledgement, SlaState sla) {
		SlaCountdown running = awaitingAcknowledgement ? sla.acknowledge() : sla.resolve();
		return new TaskView(task.taskId(), number, title, task.stage(), priority, task.team(), task.claimedBy(),
				task.createdAt(), running.due(), awaitingAcknowledgement ? "acknowledge" : "resolve",
				running.stoppedAt(), task.givenTo());
	}

	/** The task keeps the report as the timeline entry has it. */
	private String toJson(StageReport report) {
		try {
			return json.writeValueAsString(report);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
