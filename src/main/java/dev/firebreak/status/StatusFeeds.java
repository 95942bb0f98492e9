package dev.firebreak.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.stereotype.Component;

/**
 * The status page as Atom and RSS 2.0 feeds (ROME writes them): one entry per public
 * update and per announced maintenance, newest first.
 */
@Component
public class StatusFeeds {

	/** The feed types ROME knows these by. */
	public enum Type {

		ATOM("atom_1.0"), RSS("rss_2.0");

		private final String rome;

		Type(String rome) {
			this.rome = rome;
		}

	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String write(StatusSummary summary, Type type, String title, String pageUrl) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(type.rome);
		feed.setTitle(title);
		feed.setLink(pageUrl);
		feed.setUri(pageUrl);
		feed.setDescription("Incidents and maintenance as they are announced on " + title + ".");
		feed.setPublishedDate(Date.from(summary.updatedAt()));
		List<SyndEntry> entries = new ArrayList<>();
		for (StatusSummary.Incident incident : summary.incidents()) {
			for (StatusSummary.Update update : incident.updates()) {
				entries.add(entry(label(update) + ": " + incident.title(), pageUrl + "/incidents/" + incident.number(),
						pageUrl + "/incidents/" + incident.number() + "#" + update.publishedAt().toEpochMilli(),
						update.publishedAt(), update.html()));
			}
		}
		for (StatusSummary.Maintenance window : summary.maintenance()) {
			String text = "Maintenance of " + String.join(", ", window.components()) + " from "
					+ WHEN.format(window.startsAt()) + " to " + WHEN.format(window.endsAt());
			entries.add(entry((window.inProgress() ? "In progress: " : "Scheduled: ") + text,
					pageUrl + "#maintenance-" + window.id(), pageUrl + "#maintenance-" + window.id(),
					window.startsAt().isBefore(summary.updatedAt()) ? window.startsAt() : summary.updatedAt(),
					escape(window.description() == null ? text : window.description())));
		}
		entries.sort(Comparator.comparing(SyndEntry::getPublishedDate).reversed());
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the status feed", ex);
		}
	}

	private static SyndEntry entry(String title, String link, String id, Instant at, String html) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(title);
		entry.setLink(link);
		entry.setUri(id);
		entry.setPublishedDate(Date.from(at));
		entry.setUpdatedDate(Date.from(at));
		SyndContent content = new SyndContentImpl();
		content.setType("text/html");
		content.setValue(html);
		entry.setDescription(content);
		return entry;
	}

	private static String label(StatusSummary.Update update) {
		String name = update.status().name();
		return name.charAt(0) + name.substring(1).toLowerCase();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
