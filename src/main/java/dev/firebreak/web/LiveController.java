package dev.firebreak.web;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cheap question live pages ask every few seconds: has anything changed? Only when
 * the version differs does the page fetch itself again and swap its live regions.
 */
@RestController
class LiveController {

	private final LiveVersions live;

	LiveController(LiveVersions live) {
		this.live = live;
	}

	@GetMapping("/live/version")
	ResponseEntity<Map<String, String>> version(@RequestParam("topic") String topic,
			@RequestParam(name = "key", required = false) String key, Authentication reader) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("version", live.of(topic).version(key, reader)));
	}

}
