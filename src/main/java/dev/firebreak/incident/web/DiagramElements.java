package dev.firebreak.incident.web;

import java.util.Map;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Stage;

/**
 * Which element of processes/incident-resolution.bpmn stands for each stage, so the
 * incident page can highlight where the incident is. The ids are the BPMN's stable ids; a
 * test checks that each one is in the file.
 */
final class DiagramElements {

	static final Map<Stage, String> BY_STAGE = Map.of(Stage.DETECTION, "start_detected", Stage.PRIORITISATION,
			"task_prioritise", Stage.DIAGNOSIS, "task_diagnose", Stage.HOTFIX, "task_hotfix", Stage.VERIFICATION,
			"task_verify", Stage.ROOT_CAUSE_ANALYSIS, "task_rca", Stage.CLOSED, "end_closed");

	static final String CANCELLED = "end_cancelled";

	private DiagramElements() {
	}

	static String of(Stage stage, IncidentStatus status) {
		return status == IncidentStatus.CANCELLED ? CANCELLED : BY_STAGE.get(stage);
	}

}
