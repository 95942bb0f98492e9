package dev.firebreak.export;

import java.net.URI;
import java.util.List;

import dev.firebreak.security.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who receives the scheduled reports by email (admins change it). */
@RestController
@RequestMapping("/api/v1/report-subscriptions")
class ReportSubscriptionApiController {

	private final ReportSubscriptions subscriptions;

	ReportSubscriptionApiController(ReportSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping
	List<ReportSubscription> list(Authentication authentication) {
		return subscriptions.list(Actor.of(authentication));
	}

	@PostMapping
	ResponseEntity<ReportSubscription> subscribe(@RequestBody NewSubscription request, Authentication authentication) {
		ReportSubscription created = subscriptions.subscribe(Actor.of(authentication), request.report(),
				request.audienceKind(), request.audience());
		return ResponseEntity.created(URI.create("/api/v1/report-subscriptions/" + created.id())).body(created);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> unsubscribe(@PathVariable("id") long id, Authentication authentication) {
		subscriptions.unsubscribe(Actor.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param report DAILY or MONTHLY_SLA
	 * @param audienceKind ROLE or TEAM
	 * @param audience a role's or a team's name
	 */
	record NewSubscription(String report, String audienceKind, String audience) {
	}

}
