package dev.firebreak.workflow;

import java.time.Clock;

import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Stage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the incident's stage in step with the route, offers each new task to the
 * incident's owner already claimed, and tells the task feature about human tasks, so that
 * it keeps its own record of them.
 */
@Component("workTaskListener")
class WorkTaskListener implements TaskListener {

	private final IncidentService incidents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkTaskListener(IncidentService incidents, ApplicationEventPublisher events, Clock clock) {
		this.incidents = incidents;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
			long incidentId = (Long) task.getVariable(ProcessConstants.VAR_INCIDENT_ID);
			Stage stage = Stages.ofTask(task.getTaskDefinitionKey());
			incidents.enterStage(incidentId, stage, ProcessConstants.SYSTEM_ACTOR);
			// the owner need not claim each next stage again: it comes to them claimed
			// (others of the team may still take it over)
			String owner = incidents.get(incidentId).owner();
			if (owner != null) {
				task.setAssignee(owner);
				incidents.recordTaskOffered(incidentId, task.getId(), stage, ProcessConstants.SYSTEM_ACTOR);
			}
			events.publishEvent(new WorkTaskCreated(task.getId(), incidentId, stage,
					(String) task.getVariable(ProcessConstants.VAR_TEAM), owner, clock.instant()));
		}
		else if (TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
			events.publishEvent(new WorkTaskCancelled(task.getId()));
		}
	}

}
