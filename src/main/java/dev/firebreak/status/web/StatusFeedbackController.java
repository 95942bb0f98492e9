package dev.firebreak.status.web;

import dev.firebreak.status.StatusFeedback;
import dev.firebreak.status.StatusFeedback.Answer;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey a subscriber reaches from the "resolved" mail: one question, a plain form. A
 * tampered link gets 404, an expired one 410, a second answer 409; nothing changes.
 */
@Controller
class StatusFeedbackController {

	private final StatusFeedback feedback;

	StatusFeedbackController(StatusFeedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/status/feedback")
	String form(@RequestParam(name = "i", defaultValue = "0") long incident,
			@RequestParam(name = "s", defaultValue = "0") long subscriber,
			@RequestParam(name = "e", defaultValue = "0") long expires,
			@RequestParam(name = "sig", required = false) String signature, HttpServletResponse response, Model model) {
		Answer allowed = feedback.check(incident, subscriber, expires, signature);
		model.addAttribute("title", "Service status");
		if (allowed != Answer.RECORDED) {
			return refused(allowed, response, model);
		}
		model.addAttribute("heading", "How well did we handle it?");
		model.addAttribute("ask", true);
		return "status/feedback";
	}

	@PostMapping("/status/feedback")
	String answer(@RequestParam(name = "i", defaultValue = "0") long incident,
			@RequestParam(name = "s", defaultValue = "0") long subscriber,
			@RequestParam(name = "e", defaultValue = "0") long expires,
			@RequestParam(name = "sig", required = false) String signature,
			@RequestParam(name = "rating", required = false) Integer rating,
			@RequestParam(name = "comment", required = false) String comment, HttpServletResponse response,
			Model model) {
		Answer answer = feedback.answer(incident, subscriber, expires, signature, rating, comment);
		model.addAttribute("title", "Service status");
		if (answer == Answer.INVALID_RATING) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("heading", "How well did we handle it?");
			model.addAttribute("problem", "Please choose a rating from 1 to 5.");
			model.addAttribute("ask", true);
			return "status/feedback";
		}
		if (answer != Answer.RECORDED) {
			return refused(answer, response, model);
		}
		model.addAttribute("heading", "Thank you");
		model.addAttribute("text", "Your answer helps us do better next time.");
		return "status/feedback";
	}

	private static String refused(Answer answer, HttpServletResponse response, Model model) {
		switch (answer) {
			case EXPIRED -> {
				response.setStatus(HttpStatus.GONE.value());
				model.addAttribute("heading", "This survey has closed");
				model.addAttribute("text", "Surveys stay open for 14 days after the incident is resolved.");
			}
			case ALREADY_ANSWERED -> {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("heading", "Already answered");
				model.addAttribute("text", "This survey was answered already; thank you.");
			}
			default -> {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("heading", "This link does not work");
				model.addAttribute("text", "It was changed or copied incompletely.");
			}
		}
		return "status/feedback";
	}

}
