package dev.firebreak.export;

import dev.firebreak.postmortem.Postmortem;
import dev.firebreak.postmortem.Postmortems;
import dev.firebreak.security.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An incident's postmortem as a DOCX, for the API and the page alike; whoever may read
 * the incident may download it.
 */
@RestController
class PostmortemDocumentController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Postmortems postmortems;

	PostmortemDocumentController(Postmortems postmortems) {
		this.postmortems = postmortems;
	}

	@GetMapping({ "/api/v1/incidents/{number}/postmortem.docx", "/incidents/{number}/postmortem.docx" })
	ResponseEntity<byte[]> download(@PathVariable("number") String number, Authentication authentication) {
		Postmortem postmortem = postmortems.get(number, Actor.of(authentication));
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("postmortem-" + postmortem.facts().number() + ".docx")
						.build()
						.toString())
			.body(PostmortemDocument.write(postmortem));
	}

}
