package dev.firebreak;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@FirebreakTest
class FirebreakApplicationTests {

	@Autowired
	RepositoryService repository;

	@Test
	void theIncidentRouteAndItsDecisionAreDeployedFromProcesses() {
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("incident-resolution").count())
			.isEqualTo(1);
		assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("incident-priority").count())
			.isEqualTo(1);
		assertThat(repository.createProcessDefinitionQuery()
			.processDefinitionKey("incident-resolution")
			.singleResult()
			.getResourceName()).endsWith("processes/incident-resolution.bpmn");
	}

}
