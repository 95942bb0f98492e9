package dev.firebreak.workflow;

import java.time.Clock;

import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Stage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the incident's stage in step with the route and tells the task feature about
 * human tasks, so that it keeps its own record of them.
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
			events.publishEvent(new WorkTaskCreated(task.getId(), incidentId, stage,
					(String) task.getVariable(ProcessConstants.VAR_TEAM), clock.instant()));
		}
		else if (TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
			events.publishEvent(new WorkTaskCancelled(task.getId()));
		}
	}

}
