package dev.firebreak.status.web;

import java.time.Duration;

import dev.firebreak.failure.NotFound;
import dev.firebreak.status.StatusFeeds;
import dev.firebreak.status.StatusPage;
import dev.firebreak.status.StatusSummary;

import org.springframework.beans.factory.annotation.Value;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public status page, for anyone, without signing in and without JavaScript: the
 * page, one incident's updates, Atom and RSS feeds, and a JSON summary other sites may
 * embed. Every answer may be cached for {@link #MAX_AGE} by browsers and proxies, carries
 * Last-Modified (a conditional request gets 304 before anything is built) and an ETag
 * (ShallowEtagHeaderFilter, registered in {@link StatusPageSecurity}).
 */
@Controller
class StatusPageController {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final StatusPage page;

	private final StatusFeeds feeds;

	private final String title;

	StatusPageController(StatusPage page, StatusFeeds feeds,
			@Value("${firebreak.status.title:Service status}") String title) {
		this.page = page;
		this.feeds = feeds;
		this.title = title;
	}

	@GetMapping("/status")
	String page(WebRequest request, HttpServletResponse response, Model model) {
		StatusSummary summary = page.summary();
		response.setHeader(HttpHeaders.CACHE_CONTROL, cache().getHeaderValue());
		if (request.checkNotModified(summary.updatedAt().toEpochMilli())) {
			return null;
		}
		model.addAttribute("title", title);
		model.addAttribute("summary", summary);
		return "status/status";
	}

	@GetMapping("/status/incidents/{number}")
	String incident(@PathVariable("number") String number, WebRequest request, HttpServletResponse response,
			Model model) {
		StatusSummary summary = page.summary();
		StatusSummary.Incident incident = summary.incidents()
			.stream()
			.filter(candidate -> candidate.number().equals(number))
			.findFirst()
			.orElseThrow(() -> new NotFound("Incident not found",
					"No incident " + number + " has been announced on this status page recently."));
		response.setHeader(HttpHeaders.CACHE_CONTROL, cache().getHeaderValue());
		if (request.checkNotModified(summary.updatedAt().toEpochMilli())) {
			return null;
		}
		model.addAttribute("title", title);
		model.addAttribute("summary", summary);
		model.addAttribute("incident", incident);
		return "status/incident";
	}

	@GetMapping(path = "/status/summary.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET)
	@ResponseBody
	ResponseEntity<StatusSummary> summary(WebRequest request) {
		StatusSummary summary = page.summary();
		if (request.checkNotModified(summary.updatedAt().toEpochMilli())) {
			return null;
		}
		return ResponseEntity.ok().cacheControl(cache()).body(summary);
	}

	@GetMapping(path = "/status/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	@ResponseBody
	ResponseEntity<String> atom(WebRequest request) {
		return feed(request, StatusFeeds.Type.ATOM);
	}

	@GetMapping(path = "/status/feed.rss", produces = "application/rss+xml;charset=UTF-8")
	@ResponseBody
	ResponseEntity<String> rss(WebRequest request) {
		return feed(request, StatusFeeds.Type.RSS);
	}

	private ResponseEntity<String> feed(WebRequest request, StatusFeeds.Type type) {
		StatusSummary summary = page.summary();
		if (request.checkNotModified(summary.updatedAt().toEpochMilli())) {
			return null;
		}
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/status").toUriString();
		return ResponseEntity.ok().cacheControl(cache()).body(feeds.write(summary, type, title, url));
	}

	static CacheControl cache() {
		return CacheControl.maxAge(MAX_AGE).cachePublic();
	}

}
