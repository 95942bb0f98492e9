package dev.firebreak.notify.schedule;

import dev.firebreak.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The addresses of the calendar feeds. Whoever may read a schedule may subscribe to it;
 * only those who may edit it replace its address. Everyone manages their own feed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Calendar feeds", description = "iCalendar addresses of schedules and of your own shifts")
class CalendarFeedApiController {

	private final CalendarFeeds feeds;

	CalendarFeedApiController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/schedules/{id}/feed")
	@Operation(summary = "The schedule's calendar feed address",
			description = "A secret address a calendar app can subscribe to without signing in.")
	FeedUrl scheduleFeed(@PathVariable("id") long id) {
		return new FeedUrl(feeds.scheduleUrl(id));
	}

	@PostMapping("/schedules/{id}/feed/revoke")
	@Operation(summary = "Replace the schedule's calendar feed address",
			description = "The old address stops working. For the team's managers and admins.")
	FeedUrl revokeScheduleFeed(@PathVariable("id") long id, Authentication authentication) {
		return new FeedUrl(feeds.revokeScheduleUrl(Actor.of(authentication), id));
	}

	@GetMapping("/me/calendar-feed")
	@Operation(summary = "Your own calendar feed address", description = "Your shifts on every schedule.")
	FeedUrl myFeed(Authentication authentication) {
		return new FeedUrl(feeds.personUrl(authentication.getName()));
	}

	@PostMapping("/me/calendar-feed/revoke")
	@Operation(summary = "Replace your calendar feed address", description = "The old address stops working.")
	FeedUrl revokeMyFeed(Authentication authentication) {
		return new FeedUrl(feeds.revokePersonUrl(authentication.getName()));
	}

	/**
	 * @param url absolute; the token in it is the feed's only key
	 */
	record FeedUrl(String url) {
	}

}
