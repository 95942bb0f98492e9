package dev.firebreak.web;

import java.util.List;

/**
 * A page that asks before a destructive action and names what it breaks
 * ({@code templates/web/confirm.html}): the owner's own sentences, then what other
 * features add through page panels. It is a page, its button the form that acts, so it
 * needs no script.
 *
 * @param title the question, "Disable bob?"
 * @param intro the line above the list, "What disabling Bob Builder (bob) breaks:"
 * @param breaks the owner's sentences, each one consequence
 * @param panels other features' consequences ({@link PagePanel#consequences})
 * @param action where the confirming form posts
 * @param yes the confirming button's words
 * @param back where "no" leads (and the breadcrumb)
 * @param backLabel the breadcrumb's words, "People"
 * @param no the words of the way back, "Keep them enabled"
 */
public record Confirmation(String title, String intro, List<String> breaks, List<PagePanel.Panel> panels, String action,
		String yes, String back, String backLabel, String no) {

	public Confirmation {
		breaks = List.copyOf(breaks);
		panels = List.copyOf(panels);
	}

	/** The template that shows it, with the model attribute {@code confirmation}. */
	public static final String VIEW = "web/confirm";

}
