package dev.firebreak.postmortem;

import java.util.Set;

import dev.firebreak.followup.FollowUp;
import dev.firebreak.followup.FollowUpQueries;
import dev.firebreak.security.Actor;
import dev.firebreak.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's postmortem in review: the narrative of the demo's worked incident
 * (the one {@code followup}'s demo gave overdue follow-up actions), written by Alice and
 * not approved yet, so that Maya (manager) can approve it and anyone may download it.
 * Written once: only while that postmortem has no summary.
 */
@Component
@Profile("demo")
@Order(12)
class DemoPostmortem implements ApplicationRunner {

	private static final Actor ALICE = new Actor("alice", Set.of(Role.RESPONDER.name()), Set.of("payments"));

	private final Postmortems postmortems;

	private final FollowUpQueries followUps;

	DemoPostmortem(Postmortems postmortems, FollowUpQueries followUps) {
		this.postmortems = postmortems;
		this.followUps = followUps;
	}

	@Override
	public void run(ApplicationArguments args) {
		FollowUp overdue = followUps.overdue().stream().findFirst().orElse(null);
		if (overdue == null || postmortems.get(overdue.incidentNumber(), ALICE).updatedBy() != null) {
			return;
		}
		postmortems.write(overdue.incidentNumber(), new Postmortem.Narrative(
				"Checkout timed out on payment confirmation for about 40 minutes at peak load: the connection pool "
						+ "to the payment provider was exhausted.",
				"Customers waited 30 seconds and saw an error; some retried and paid twice (refunded).",
				"Monitoring raised the incident within a minute; the hotfix was tested in staging first.",
				"Nobody was alerted on pool saturation; the pool size had not been revisited in a year."), ALICE);
	}

}
