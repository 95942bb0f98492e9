package dev.firebreak.notify.follow;

import dev.firebreak.security.Actor;
import dev.firebreak.web.PagePanel;
import dev.firebreak.web.PagePanel.Panel;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Follow button on the incident page (a section this feature adds through
 * {@link PagePanel}), a plain form so that it works without script.
 */
@Controller
class FollowController {

	private final Follows follows;

	FollowController(Follows follows) {
		this.follows = follows;
	}

	@PostMapping("/incidents/{number}/follow")
	String follow(@PathVariable("number") String number,
			@RequestParam(name = "follow", defaultValue = "true") boolean follow, Authentication authentication,
			RedirectAttributes redirect) {
		Actor actor = Actor.of(authentication);
		if (follow) {
			follows.follow(number, actor);
			redirect.addFlashAttribute("notice", "You follow " + number + ": its public updates come to you by email.");
		}
		else {
			follows.unfollow(number, actor);
			redirect.addFlashAttribute("notice", "You no longer follow " + number + ".");
		}
		return "redirect:/incidents/" + number + "#follow";
	}

	/** Read only once the incident page has let the reader see the incident. */
	@Bean
	static PagePanel incidentFollowPanel(Follows follows) {
		return PagePanel.of(PagePanel.INCIDENT, (number, reader) -> new Panel("notify/follow", "incident-follow",
				new FollowState(number, follows.isFollowing(number, Actor.of(reader)))));
	}

	record FollowState(String number, boolean following) {
	}

}
