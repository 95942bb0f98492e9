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

	/** The names of the teams work can be given to, for pickers. */
	public List<String> activeTeams() {
		return teams.all().stream().filter(Team::enabled).map(Team::name).toList();
	}

}
