package dev.firebreak.security;

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

}
