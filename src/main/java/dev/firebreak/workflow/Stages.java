package dev.firebreak.workflow;

import java.util.Map;

import dev.firebreak.incident.Stage;

/** Which stage each user task of the route stands for. */
final class Stages {

	private static final Map<String, Stage> BY_TASK = Map.of(ProcessConstants.TASK_DIAGNOSE, Stage.DIAGNOSIS,
			ProcessConstants.TASK_HOTFIX, Stage.HOTFIX, ProcessConstants.TASK_VERIFY, Stage.VERIFICATION,
			ProcessConstants.TASK_RCA, Stage.ROOT_CAUSE_ANALYSIS);

	private Stages() {
	}

	static Stage ofTask(String taskDefinitionKey) {
		Stage stage = BY_TASK.get(taskDefinitionKey);
		if (stage == null) {
			throw new IllegalStateException("Task " + taskDefinitionKey + " is not a stage of the incident route");
		}
		return stage;
	}

}
