package dev.firebreak.web;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The panels other features add to a slot, in their {@code @Order}. */
@Component
public class PagePanels {

	private final ObjectProvider<PagePanel> panels;

	PagePanels(ObjectProvider<PagePanel> panels) {
		this.panels = panels;
	}

	public List<PagePanel.Panel> of(String slot, String subject, Authentication reader) {
		return panels.orderedStream()
			.filter(panel -> panel.slot().equals(slot))
			.map(panel -> panel.panel(subject, reader))
			.filter(Objects::nonNull)
			.toList();
	}

}
