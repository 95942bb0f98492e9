package dev.firebreak.notify.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The demo mailbox page: what the demo's mail catcher received. */
@Controller
@Profile("demo")
class DemoMailboxController {

	private final DemoMailbox mailbox;

	DemoMailboxController(DemoMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/demo/mailbox")
	String mailbox(Model model) {
		model.addAttribute("page", "mailbox");
		model.addAttribute("mails", mailbox.received());
		return "notify/demo-mailbox";
	}

}
