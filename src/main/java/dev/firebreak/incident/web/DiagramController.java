package dev.firebreak.incident.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident route's BPMN, for the diagram on the incident page. Served to signed-in
 * people only (it is part of the browser door, not a static file): the model names our
 * internal steps and escalation rules.
 */
@RestController
class DiagramController {

	private static final Resource ROUTE = new ClassPathResource("processes/incident-resolution.bpmn");

	@GetMapping(IncidentPages.DIAGRAM_URL)
	ResponseEntity<Resource> route() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(ROUTE);
	}

}
