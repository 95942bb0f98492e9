package dev.firebreak.security;

import java.util.List;

import dev.firebreak.security.people.Team;
import dev.firebreak.security.people.TeamRepository;

import org.springframework.stereotype.Component;

/** What other features may ask about teams. */
@Component
public class TeamDirectory {

	private final TeamRepository teams;

	TeamDirectory(TeamRepository teams) {
		this.teams = teams;
	}

	/** Whether work can be given to the team: it exists and is enabled. */
	public boolean isActive(String team) {
		return team != null && teams.isEnabled(team);
	}

	/** Whether the team exists, enabled or not: old incidents keep a disabled team. */
	public boolean exists(String team) {
		return team != null && teams.exists(team);
	}

	/** Every team's name, disabled ones too, for search pickers. */
	public List<String> allTeams() {
		return teams.all().stream().map(Team::name).toList();
	}

	/** The names of the teams work can be given to, for pickers. */
	public List<String> activeTeams() {
		return teams.all().stream().filter(Team::enabled).map(Team::name).toList();
	}

}
