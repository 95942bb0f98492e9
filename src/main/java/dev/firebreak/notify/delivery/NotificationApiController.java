package dev.firebreak.notify.delivery;

import java.util.List;

import dev.firebreak.security.Actor;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.VisibleIncidents;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who was told what about an incident, and people's test notifications. */
@RestController
class NotificationApiController {

	private final Notifications notifications;

	private final VisibleIncidents incidents;

	NotificationApiController(Notifications notifications, VisibleIncidents incidents) {
		this.notifications = notifications;
		this.incidents = incidents;
	}

	/** For whoever may see the incident. */
	@GetMapping("/api/v1/incidents/{number}/notifications")
	List<Notification> ofIncident(@PathVariable("number") String number, Authentication authentication) {
		IncidentDetail incident = incidents.get(number, Actor.of(authentication));
		return notifications.ofIncident(dev.firebreak.incident.Incident.idOf(incident.number()));
	}

	/** My own recent notifications, newest first: did the test arrive? */
	@GetMapping("/api/v1/me/notifications")
	List<Notification> mine(Authentication authentication) {
		return notifications.recentFor(authentication.getName());
	}

	/** Sends a test to one of my contact methods; its outcome shows in the record. */
	@PostMapping("/api/v1/me/contact-methods/{id}/test")
	ResponseEntity<Notification> test(@PathVariable("id") long id, Authentication authentication) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(notifications.sendTest(Actor.of(authentication), id));
	}

}
