package dev.firebreak.notify.follow;

import dev.firebreak.security.Actor;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following an incident, for anyone who may see it: {@code PUT} follows, {@code DELETE}
 * stops; both may be repeated.
 */
@RestController
@RequestMapping("/api/v1/incidents/{number}/follow")
class FollowApiController {

	private final Follows follows;

	FollowApiController(Follows follows) {
		this.follows = follows;
	}

	@GetMapping
	Following get(@PathVariable("number") String number, Authentication authentication) {
		return new Following(follows.isFollowing(number, Actor.of(authentication)));
	}

	@PutMapping
	Following follow(@PathVariable("number") String number, Authentication authentication) {
		return new Following(follows.follow(number, Actor.of(authentication)));
	}

	@DeleteMapping
	Following unfollow(@PathVariable("number") String number, Authentication authentication) {
		return new Following(follows.unfollow(number, Actor.of(authentication)));
	}

	record Following(boolean following) {
	}

}
