package dev.firebreak.workflow;

import java.time.Instant;

import dev.firebreak.incident.DiagnosisOutcome;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.RootCauseCategory;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.StageReport;
import dev.firebreak.incident.StageReports;
import dev.firebreak.incident.TestServices;
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
		String service = TestServices.fresh(catalogue, "svc", tier, "ops");
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
		complete(incident, StageReports.diagnosis(outcome, "looked"));
	}

	void hotfix(Incident incident) {
		complete(incident, StageReports.hotfix("PR-1"));
	}

	void verify(Incident incident, boolean passed) {
		complete(incident, StageReports.verification(passed, "smoke"));
	}

	void recordRootCause(Incident incident) {
		complete(incident, StageReports.rootCause(RootCauseCategory.CODE_DEFECT));
	}

	/** As the task feature completes a task: the incident first, then the engine. */
	private void complete(Incident incident, StageReport report) {
		incidents.complete(incident.id(), report, RESPONDER);
		workTasks.complete(openTask(incident).getId(), RESPONDER, report);
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
