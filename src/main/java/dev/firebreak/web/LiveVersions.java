package dev.firebreak.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.firebreak.failure.NotFound;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The live topics by name. Pages write the version they were rendered at (the model's
 * {@code live}, from {@link #page}), so that a change made a moment after rendering is
 * not missed by the first look of {@code live.js}.
 */
@Component
public class LiveVersions {

	private final List<LiveTopic> topics;

	LiveVersions(List<LiveTopic> topics) {
		this.topics = topics;
	}

	/**
	 * What a live page writes on its {@code data-live-url} and {@code data-live-version},
	 * for the person signed in now.
	 * @param key which one (an incident number), or null
	 */
	public Page page(String topic, String key) {
		String url = "/live/version?topic=" + topic
				+ (key == null ? "" : "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
		return new Page(url, of(topic).version(key, SecurityContextHolder.getContext().getAuthentication()));
	}

	/** A live page's address to ask and the version it was rendered at. */
	public record Page(String url, String version) {
	}

	LiveTopic of(String topic) {
		return topics.stream()
			.filter(candidate -> candidate.name().equals(topic))
			.findFirst()
			.orElseThrow(() -> new UnknownTopic(topic));
	}

	static class UnknownTopic extends NotFound {

		UnknownTopic(String topic) {
			super(null, "There is no live topic " + topic + ".");
		}

	}

}
