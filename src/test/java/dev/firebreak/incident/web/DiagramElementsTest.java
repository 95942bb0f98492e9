package dev.firebreak.incident.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Stage;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stage points at an element that exists in the route's BPMN, so a renamed id
 * cannot silently leave the incident page without a highlight.
 */
class DiagramElementsTest {

	@Test
	void everyStageNamesAnElementOfTheRoute() throws IOException {
		String bpmn = new ClassPathResource("processes/incident-resolution.bpmn")
			.getContentAsString(StandardCharsets.UTF_8);

		for (Stage stage : Stage.values()) {
			assertThat(bpmn).as(stage.name()).contains("id=\"" + DiagramElements.of(stage, IncidentStatus.OPEN) + "\"");
		}
		assertThat(bpmn).contains("id=\"" + DiagramElements.of(Stage.DIAGNOSIS, IncidentStatus.CANCELLED) + "\"");
	}

}
