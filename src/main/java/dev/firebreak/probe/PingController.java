package dev.firebreak.probe;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where heartbeats check in: {@code GET} or {@code POST} on the secret address, with
 * {@code /start} when a run begins and {@code /fail} when it failed (a POST body up to
 * 500 characters says why). No sign-in: the secret in the address is the key, as an
 * integration key is for intake, and the security configuration lets nothing else in
 * here. An unknown secret is 404, like an unknown anything.
 */
@RestController
@RequestMapping(Probes.PING_PATH + "{token}")
class PingController {

	private static final int MAX_MESSAGE = 500;

	private final Heartbeats heartbeats;

	PingController(Heartbeats heartbeats) {
		this.heartbeats = heartbeats;
	}

	@RequestMapping(method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<Map<String, String>> success(@PathVariable("token") String token) {
		heartbeats.checkIn(token, Heartbeats.Signal.SUCCESS, null);
		return ok("checked in");
	}

	@RequestMapping(path = "/start", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<Map<String, String>> start(@PathVariable("token") String token) {
		heartbeats.checkIn(token, Heartbeats.Signal.START, null);
		return ok("run started");
	}

	@RequestMapping(path = "/fail", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<Map<String, String>> fail(@PathVariable("token") String token,
			@RequestBody(required = false) String message) {
		String text = message == null || message.length() <= MAX_MESSAGE ? message
				: message.substring(0, MAX_MESSAGE) + "…";
		heartbeats.checkIn(token, Heartbeats.Signal.FAIL, text);
		return ok("failure recorded");
	}

	private static ResponseEntity<Map<String, String>> ok(String status) {
		return ResponseEntity.ok(Map.of("status", status));
	}

}
