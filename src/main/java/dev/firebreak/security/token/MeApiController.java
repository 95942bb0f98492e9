package dev.firebreak.security.token;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.firebreak.security.ActionDeniedException;
import dev.firebreak.security.people.UserAccount;
import dev.firebreak.security.people.UserRepository;
import dev.firebreak.security.people.UserView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person: who they are, and their personal API tokens. Everyone may manage
 * their own tokens, auditors included.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

	private final UserRepository users;

	private final ApiTokens tokens;

	private final Clock clock;

	MeApiController(UserRepository users, ApiTokens tokens, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping
	UserView me(Authentication authentication) {
		UserAccount account = users.find(authentication.getName()).orElseThrow();
		return UserView.of(account, users.passwordHash(account.username()).isPresent(), clock.instant());
	}

	@GetMapping("/tokens")
	List<ApiToken> tokens(Authentication authentication) {
		return tokens.of(authentication.getName());
	}

	/**
	 * Needs a password (or single sign-on): a token cannot mint more tokens, so a leaked
	 * one cannot outlive its revocation.
	 */
	@PostMapping("/tokens")
	ResponseEntity<NewToken> create(@Valid @RequestBody TokenRequest request, Authentication authentication) {
		if (authentication instanceof ApiTokenAuthentication) {
			throw new ActionDeniedException("Create API tokens with your password, not with another token.");
		}
		ApiTokens.Created created = tokens.create(authentication.getName(), request.name(), request.expiresAt());
		ApiToken token = created.token();
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id()))
			.body(new NewToken(token.id(), token.name(), token.createdAt(), token.expiresAt(), created.value()));
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(@PathVariable("id") long id, Authentication authentication) {
		tokens.revoke(authentication.getName(), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param expiresAt optional; without it the token lasts until revoked
	 */
	record TokenRequest(@NotBlank @Size(max = 100) String name, Instant expiresAt) {
	}

	/**
	 * @param token the value: shown this once, never stored
	 */
	record NewToken(long id, String name, Instant createdAt, Instant expiresAt, String token) {
	}

}
