package dev.firebreak.notify.schedule;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Hidden;

import dev.firebreak.failure.NotFound;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar feeds themselves. Nobody signs in here (the security configuration lets
 * {@code /calendars/**} through): the token in the address is the only key, and a wrong,
 * old or missing one gets the same 404 as an unknown feed, so the answer tells nothing
 * about which part was wrong.
 */
@RestController
@Hidden
class CalendarFeedController {

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendars/schedules/{id}.ics")
	ResponseEntity<String> schedule(@PathVariable("id") String id,
			@RequestParam(name = "token", required = false) String token) {
		return calendar(number(id).flatMap(scheduleId -> feeds.scheduleFeed(scheduleId, token)));
	}

	@GetMapping("/calendars/people/{username}.ics")
	ResponseEntity<String> person(@PathVariable("username") String username,
			@RequestParam(name = "token", required = false) String token) {
		return calendar(feeds.personFeed(username, token));
	}

	private static ResponseEntity<String> calendar(Optional<String> document) {
		return document
			.map(ics -> ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_TYPE, ShiftCalendar.MEDIA_TYPE)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"on-call.ics\"")
				.body(ics))
			.orElseThrow(CalendarFeedController::notFound);
	}

	/** An id that is no number is a wrong address like any other. */
	private static Optional<Long> number(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static NotFound notFound() {
		return new NotFound("Calendar feed not found",
				"There is no calendar feed at this address. If it worked before, it was replaced: ask for the new one.");
	}

}
