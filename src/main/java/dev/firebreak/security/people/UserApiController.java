package dev.firebreak.security.people;

import java.net.URI;
import java.util.List;

import dev.firebreak.security.Actor;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** People: admins manage them, auditors read them. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final UserAdminService users;

	UserApiController(UserAdminService users) {
		this.users = users;
	}

	@GetMapping
	List<UserView> list(Authentication authentication) {
		return users.list(Actor.of(authentication));
	}

	@GetMapping("/{username}")
	UserView get(@PathVariable("username") String username, Authentication authentication) {
		return users.get(Actor.of(authentication), username);
	}

	@PostMapping
	ResponseEntity<UserView> create(@Valid @RequestBody UserRequests.Create request, Authentication authentication) {
		UserView created = users.create(Actor.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@PutMapping("/{username}")
	UserView update(@PathVariable("username") String username, @Valid @RequestBody UserRequests.Update request,
			Authentication authentication) {
		return users.update(Actor.of(authentication), username, request);
	}

	@PostMapping("/{username}/disable")
	UserView disable(@PathVariable("username") String username, Authentication authentication) {
		return users.disable(Actor.of(authentication), username);
	}

	@PostMapping("/{username}/enable")
	UserView enable(@PathVariable("username") String username, Authentication authentication) {
		return users.enable(Actor.of(authentication), username);
	}

	@PostMapping("/{username}/unlock")
	UserView unlock(@PathVariable("username") String username, Authentication authentication) {
		return users.unlock(Actor.of(authentication), username);
	}

}
