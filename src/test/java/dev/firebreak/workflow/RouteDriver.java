package dev.firebreak.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.incident.DiagnosisOutcome;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.Severity;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Works incidents through the route the way the task feature does (domain change, then
 * engine), so that process tests read as a story: report, claim, diagnose, fix, verify.
 */
@Component
class RouteDriver {

	static final String RESPONDER = "rita";

	private final IncidentService incidents;

	private final ServiceCatalogue catalogue;

	private final WorkTasks workTasks;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final HistoryService history;

	RouteDriver(IncidentService incidents, ServiceCatalogue catalogue, WorkTasks workTasks, TaskService tasks,
			RuntimeService runtime, HistoryService history) {
		this.incidents = incidents;
		this.catalogue = catalogue;
		this.workTasks = workTasks;
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
	}

	/** Reports an incident on a fresh service of the given tier, owned by team ops. */
	Incident report(Severity severity, int tier, Impact impact) {
		String service = "svc-" + UUID.randomUUID();
		catalogue.register(new MonitoredService(service, tier, "ops"));
		return incidents.report(new NewIncident("Checkout errors", "5xx on /pay", service, severity, impact),
				"reporter");
	}

	String processInstanceId(Incident incident) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(incident.number())
			.singleResult();
		return instance.getId();
	}

	Task openTask(Incident incident) {
		return tasks.createTaskQuery().processInstanceBusinessKey(incident.number()).singleResult();
	}

	void claim(Incident incident) {
		Task task = openTask(incident);
		workTasks.claim(task.getId(), RESPONDER);
		if (incidents.get(incident.id()).acknowledgedAt() == null) {
			incidents.acknowledge(incident.id(), RESPONDER);
		}
	}

	void diagnose(Incident incident, DiagnosisOutcome outcome) {
		claim(incident);
		incidents.diagnose(incident.id(), outcome, Map.of("findings", "looked"), RESPONDER);
		workTasks.completeDiagnosis(openTask(incident).getId(), RESPONDER, outcome);
	}

	void hotfix(Incident incident) {
		incidents.deployHotfix(incident.id(), Map.of("reference", "PR-1"), RESPONDER);
		workTasks.complete(openTask(incident).getId(), RESPONDER);
	}

	void verify(Incident incident, boolean passed) {
		incidents.verify(incident.id(), passed, Map.of("checksRun", "smoke"), RESPONDER);
		workTasks.completeVerification(openTask(incident).getId(), RESPONDER, passed);
	}

	void recordRootCause(Incident incident) {
		incidents.recordRootCause(incident.id(), Map.of("rootCauseCategory", "CODE_DEFECT"), RESPONDER);
		workTasks.complete(openTask(incident).getId(), RESPONDER);
	}

	Incident reload(Incident incident) {
		return incidents.get(incident.id());
	}

	boolean isRunning(Incident incident) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(incident.number()).count() == 1;
	}

	static Instant at(String iso) {
		return Instant.parse(iso);
	}

}
