package dev.firebreak.postmortem.web;

import dev.firebreak.postmortem.Postmortem;
import dev.firebreak.postmortem.Postmortems;
import dev.firebreak.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An incident's postmortem; its document is downloaded from export's controller. */
@RestController
@RequestMapping("/api/v1/incidents/{number}/postmortem")
@Tag(name = "Postmortems", description = "Generated from the record, with narrative sections and an approval")
class PostmortemApiController {

	private final Postmortems postmortems;

	PostmortemApiController(Postmortems postmortems) {
		this.postmortems = postmortems;
	}

	@GetMapping
	@Operation(summary = "Read an incident's postmortem", description = "Whoever may read the incident.")
	Postmortem get(@PathVariable("number") String number, Authentication authentication) {
		return postmortems.get(number, Actor.of(authentication));
	}

	@PutMapping
	@Operation(summary = "Write the narrative",
			description = "summary, impact, wentWell, wentWrong (each at most 20,000 characters). The incident's team "
					+ "and managers. Takes back an approval: the changed text is a draft again.")
	Postmortem write(@PathVariable("number") String number, @RequestBody Postmortem.Narrative narrative,
			Authentication authentication) {
		return postmortems.write(number, narrative, Actor.of(authentication));
	}

	@PostMapping("/approve")
	@Operation(summary = "Approve the postmortem", description = "Managers; 409 while it has no summary.")
	Postmortem approve(@PathVariable("number") String number, Authentication authentication) {
		return postmortems.approve(number, Actor.of(authentication));
	}

}
