package dev.firebreak.security.people;

import java.net.URI;
import java.util.List;

import dev.firebreak.security.Actor;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Teams and their members: admins manage them, auditors read them. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamApiController {

	private final TeamAdminService teams;

	TeamApiController(TeamAdminService teams) {
		this.teams = teams;
	}

	@GetMapping
	List<Team> list(Authentication authentication) {
		return teams.list(Actor.of(authentication));
	}

	@GetMapping("/{name}")
	Team get(@PathVariable("name") String name, Authentication authentication) {
		return teams.get(Actor.of(authentication), name);
	}

	@PostMapping
	ResponseEntity<Team> create(@Valid @RequestBody TeamRequests.Create request, Authentication authentication) {
		Team created = teams.create(Actor.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + created.name())).body(created);
	}

	@PutMapping("/{name}")
	Team update(@PathVariable("name") String name, @Valid @RequestBody TeamRequests.Update request,
			Authentication authentication) {
		return teams.update(Actor.of(authentication), name, request);
	}

	@PostMapping("/{name}/disable")
	Team disable(@PathVariable("name") String name, Authentication authentication) {
		return teams.disable(Actor.of(authentication), name);
	}

	@PostMapping("/{name}/enable")
	Team enable(@PathVariable("name") String name, Authentication authentication) {
		return teams.enable(Actor.of(authentication), name);
	}

	@PostMapping("/{name}/members")
	Team addMember(@PathVariable("name") String name, @Valid @RequestBody TeamRequests.Member member,
			Authentication authentication) {
		return teams.addMember(Actor.of(authentication), name, member.username());
	}

	@DeleteMapping("/{name}/members/{username}")
	Team removeMember(@PathVariable("name") String name, @PathVariable("username") String username,
			Authentication authentication) {
		return teams.removeMember(Actor.of(authentication), name, username);
	}

}
