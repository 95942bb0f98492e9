package dev.firebreak.web;

import org.springframework.security.core.Authentication;

/**
 * Something a page can watch for changes without a reload ({@code js/live.js} polls
 * {@code /live/version}). A feature answers with a token that changes whenever what the
 * page shows may have changed, read from the database, so that every node of a cluster
 * answers the same without sticky sessions (docs/adr/0012-live-pages-by-polling.md).
 */
public interface LiveTopic {

	/** The topic's name in {@code /live/version?topic=...}. */
	String name();

	/**
	 * The current version of what the page shows.
	 * @param key which one (an incident number), or null for a topic of one
	 * @param reader who asks; a topic refuses (as its pages do) whoever may not see it
	 */
	String version(String key, Authentication reader);

}
