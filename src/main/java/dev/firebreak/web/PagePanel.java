package dev.firebreak.web;

import java.util.List;
import java.util.function.BiFunction;

import org.springframework.security.core.Authentication;

/**
 * A section that one feature adds to a page another feature owns, such as who was paged
 * on an incident's page. The page's owner asks {@link PagePanels} for the panels of its
 * slot and includes each one's fragment, so that neither feature needs the other's types
 * and the dependencies keep pointing one way.
 */
public interface PagePanel {

	/** An incident's page; the subject is the incident's number. */
	String INCIDENT = "incident";

	/** The signed-in person's own work. */
	String WORK = "work";

	/** The managers' dashboard. */
	String DASHBOARD = "dashboard";

	/** The monthly SLA report; the subject is the month ({@code 2026-03}). */
	String MONTHLY_REPORT = "monthly-report";

	/**
	 * The confirmation before disabling a person; the subject is the username. Panels
	 * here say what the person's disabling breaks in their feature, as lines of text
	 * ({@link #consequences}).
	 */
	String DISABLE_PERSON = "disable-person";

	/** The confirmation before disabling a service; the subject is its name. */
	String DISABLE_SERVICE = "disable-service";

	/** The slot this panel goes in: one of the constants above. */
	String slot();

	/**
	 * The panel for one view of the page, or null to show nothing. The page's owner calls
	 * this only once the reader was allowed to see the subject.
	 * @param subject what the page shows (an incident's number), or null
	 */
	Panel panel(String subject, Authentication reader);

	/** A panel for the slot, made by the function given. */
	static PagePanel of(String slot, BiFunction<String, Authentication, Panel> panel) {
		return new PagePanel() {

			@Override
			public String slot() {
				return slot;
			}

			@Override
			public Panel panel(String subject, Authentication reader) {
				return panel.apply(subject, reader);
			}

		};
	}

	/**
	 * A panel of sentences, each saying what breaks, shown as a list item by the shared
	 * fragment; null (nothing shown) when there are none.
	 */
	static Panel consequences(List<String> lines) {
		return lines.isEmpty() ? null : new Panel("web/fragments", "consequences", lines);
	}

	/**
	 * @param template the template holding the fragment, such as {@code notify/panels}
	 * @param fragment the fragment's name; it reads what it shows from
	 * {@code panel.model}
	 */
	record Panel(String template, String fragment, Object model) {
	}

}
