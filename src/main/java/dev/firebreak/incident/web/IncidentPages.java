package dev.firebreak.incident.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.firebreak.incident.DiagnosisOutcome;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.PublicStatus;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.Stage;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;
import dev.firebreak.security.TeamDirectory;
import dev.firebreak.task.IncidentDetail;
import dev.firebreak.task.VisibleIncidents;
import dev.firebreak.web.Formats;
import dev.firebreak.web.LiveVersions;
import dev.firebreak.web.Markdown;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanels;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the incident page, for showing it and for showing it again with a manager's form
 * that needs fixing.
 */
@Component
class IncidentPages {

	/** The diagram is served from {@link DiagramController}. */
	static final String DIAGRAM_URL = "/diagram/incident-resolution.bpmn";

	private final VisibleIncidents incidents;

	private final TeamDirectory teams;

	private final PagePanels panels;

	private final IncidentUpdates updates;

	private final IncidentTeamwork teamwork;

	private final Clock clock;

	private final PeopleNames names;

	private final Formats formats;

	private final LiveVersions live;

	IncidentPages(VisibleIncidents incidents, TeamDirectory teams, PagePanels panels, IncidentUpdates updates,
			IncidentTeamwork teamwork, Clock clock, PeopleNames names, Formats formats, LiveVersions live) {
		this.live = live;
		this.names = names;
		this.formats = formats;
		this.incidents = incidents;
		this.teamwork = teamwork;
		this.updates = updates;
		this.teams = teams;
		this.panels = panels;
		this.clock = clock;
	}

	/**
	 * @param openAction the manager's form to show open (with its values and errors), or
	 * null
	 */
	String show(String number, Authentication reader, String openAction, Map<String, String> values,
			Map<String, String> errors, Model model) {
		return show(number, reader, openAction, values, errors, false, model);
	}

	/**
	 * @param useSuggestion whether to open the public-update form filled with the update
	 * the last milestone suggests (the "use this suggestion" link), to edit and publish
	 */
	String show(String number, Authentication reader, String openAction, Map<String, String> values,
			Map<String, String> errors, boolean useSuggestion, Model model) {
		Actor actor = Actor.of(reader);
		IncidentView incident = IncidentView.of(incidents.get(number, actor), clock.instant(), names.all(), formats);
		model.addAttribute("page", "incidents");
		model.addAttribute("live", live.page("incident", number));
		model.addAttribute("incident", incident);
		// read only now that the reader was allowed to see the incident
		model.addAttribute("panels", panels.of(PagePanel.INCIDENT, number, reader));
		model.addAttribute("diagramUrl", DIAGRAM_URL);
		// shown to managers only; the service refuses everyone else whatever they send
		boolean manager = actor.hasRole(Role.MANAGER) && !incident.detail().status().isTerminal();
		model.addAttribute("managerActions", manager);
		if (manager) {
			model.addAttribute("severities", List.of(Severity.values()));
			model.addAttribute("impacts", List.of(Impact.values()));
			model.addAttribute("teams",
					teams.activeTeams().stream().filter(team -> !team.equals(incident.detail().team())).toList());
		}
		ownership(incident.detail(), actor, model);
		// the services refuse everyone else whatever they send
		model.addAttribute("mayWriteNotes", actor.hasAnyRole(Role.RESPONDER, Role.MANAGER, Role.ADMIN));
		model.addAttribute("mayPublish", actor.hasAnyRole(Role.RESPONDER, Role.MANAGER));
		model.addAttribute("responders", teamwork.list(number, actor));
		boolean mayManageResponders = !incident.detail().status().isTerminal() && (actor.hasRole(Role.MANAGER)
				|| (actor.hasRole(Role.RESPONDER) && actor.isIn(incident.detail().team())));
		model.addAttribute("mayManageResponders", mayManageResponders);
		if (mayManageResponders) {
			model.addAttribute("otherTeams",
					teams.activeTeams().stream().filter(team -> !team.equals(incident.detail().team())).toList());
		}
		IncidentUpdates.Updates publicUpdates = updates.list(number, actor);
		List<UpdateRow> newestFirst = new java.util.ArrayList<>(
				publicUpdates.items().stream().map(UpdateRow::of).toList());
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("publicUpdates", newestFirst);
		model.addAttribute("suggestion", publicUpdates.suggestion());
		model.addAttribute("publicStatuses", List.of(PublicStatus.values()));
		if (openAction == null && useSuggestion && publicUpdates.suggestion() != null) {
			openAction = "update";
			values = Map.of("status", publicUpdates.suggestion().status().name(), "message",
					publicUpdates.suggestion().message());
		}
		model.addAttribute("openAction", openAction);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "incident/incident";
	}

	/**
	 * The owner and what this person may do about ownership; the services refuse everyone
	 * else whatever they send.
	 */
	private void ownership(IncidentDetail d, Actor actor, Model model) {
		boolean open = !d.status().isTerminal();
		boolean mayWork = actor.hasRole(Role.MANAGER) || (actor.hasRole(Role.RESPONDER) && actor.isIn(d.team()));
		boolean mine = actor.username().equals(d.owner());
		boolean heldByOthers = d.openTasks()
			.stream()
			.anyMatch(task -> task.assignee() == null || !task.assignee().equals(actor.username()));
		model.addAttribute("ownerName", d.owner() == null ? null : names.of(d.owner()));
		model.addAttribute("mayAcknowledge", open && mayWork && d.acknowledgedAt() == null);
		model.addAttribute("mayTakeOver",
				open && mayWork && d.acknowledgedAt() != null && (!mine || heldByOthers) && !d.openTasks().isEmpty());
		boolean mayHandOver = open && d.acknowledgedAt() != null && (actor.hasRole(Role.MANAGER) || mine);
		model.addAttribute("mayHandOver", mayHandOver);
		if (mayHandOver) {
			model.addAttribute("possibleOwners", names.possibleOwners(d.team(), d.owner()));
		}
		model.addAttribute("mayQuickResolve",
				open && mayWork && d.openTasks().stream().anyMatch(task -> task.stage() == Stage.DIAGNOSIS));
		model.addAttribute("outcomes", List.of(DiagnosisOutcome.FALSE_ALARM, DiagnosisOutcome.FIXED_BY_OPERATIONS));
	}

	/**
	 * A public update as the page lists it.
	 *
	 * @param html its Markdown, rendered safe
	 */
	record UpdateRow(PublicStatus status, java.time.Instant publishedAt, String html) {

		static UpdateRow of(IncidentUpdates.Published update) {
			return new UpdateRow(update.status(), update.publishedAt(), Markdown.toHtml(update.message()));
		}

	}

}
