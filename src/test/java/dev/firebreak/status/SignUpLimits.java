package dev.firebreak.status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.firebreak.incident.IncidentService;
import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.PublicMail;
import dev.firebreak.status.StatusSubscriptions.SignUp;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-up limit per client, as two nodes see it: the application's
 * {@link StatusSubscriptions} and a second one built on the same database (another
 * node's, with nothing in memory shared). Used by the H2 and the MariaDB test alike.
 */
@Component
class SignUpLimits {

	private final StatusSubscriptions node1;

	private final StatusSubscriptions node2;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignUpLimits(StatusSubscriptions node1, JdbcClient jdbc, PublicMail mail, IncidentService incidents,
			StatusComponents components, NotifyProperties links, StatusFeedback feedback,
			PlatformTransactionManager manager, Clock clock) {
		this.node1 = node1;
		this.node2 = new StatusSubscriptions(jdbc, mail, incidents, components, links, feedback,
				new SignUpLimit(jdbc, manager, clock), manager, clock);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sign-ups of one client alternate between the nodes: five are accepted in all, the
	 * sixth is refused on either node; once the window is over, the client may again.
	 */
	void theLimitHoldsAcrossNodes() {
		String client = "198.51.100." + UUID.randomUUID().toString().substring(0, 4);
		List<SignUp> answers = new ArrayList<>();
		for (int i = 0; i < SignUpLimit.MAX_PER_CLIENT; i++) {
			answers.add(signUp(i % 2 == 0 ? node1 : node2, client));
		}
		assertThat(answers).containsOnly(SignUp.ACCEPTED);
		assertThat(signUp(node2, client)).isEqualTo(SignUp.TOO_MANY);
		assertThat(signUp(node1, client)).isEqualTo(SignUp.TOO_MANY);
		assertThat(signUp(node1, "203.0.113." + UUID.randomUUID().toString().substring(0, 4)))
			.as("another client is not limited by this one")
			.isEqualTo(SignUp.ACCEPTED);
		assertThat(jdbc.sql("select count(*) from fb_status_signup_window where client_hash = ?")
			.param(StatusSubscriptions.hash(client))
			.query(Long.class)
			.single()).as("the address only as its hash").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from fb_status_signup_window where client_hash = ?")
			.param(client)
			.query(Long.class)
			.single()).isZero();

		ClockUtil.setCurrentTime(Date.from(clock.instant().plus(SignUpLimit.WINDOW).plus(Duration.ofSeconds(1))));
		try {
			assertThat(signUp(node2, client)).as("a new window").isEqualTo(SignUp.ACCEPTED);
			for (int i = 1; i < SignUpLimit.MAX_PER_CLIENT; i++) {
				assertThat(signUp(i % 2 == 0 ? node2 : node1, client)).isEqualTo(SignUp.ACCEPTED);
			}
			assertThat(signUp(node1, client)).isEqualTo(SignUp.TOO_MANY);
		}
		finally {
			ClockUtil.reset();
		}
	}

	/**
	 * Many sign-ups of one new client at the same moment, on both nodes: exactly the
	 * limit is accepted.
	 */
	void concurrentSignUpsTakeExactlyTheLimit() throws Exception {
		String client = "192.0.2." + UUID.randomUUID().toString().substring(0, 4);
		int callers = 12;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<SignUp>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				StatusSubscriptions node = i % 2 == 0 ? node1 : node2;
				Callable<SignUp> call = () -> {
					start.await();
					return signUp(node, client);
				};
				results.add(pool.submit(call));
			}
			start.countDown();
			List<SignUp> answers = new ArrayList<>();
			for (Future<SignUp> result : results) {
				answers.add(result.get());
			}
			assertThat(answers.stream().filter(SignUp.ACCEPTED::equals)).hasSize(SignUpLimit.MAX_PER_CLIENT);
			assertThat(answers.stream().filter(SignUp.TOO_MANY::equals)).hasSize(callers - SignUpLimit.MAX_PER_CLIENT);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A fresh address each time, so that only the client's limit can refuse it. */
	private SignUp signUp(StatusSubscriptions node, String client) {
		String address = "limit-" + UUID.randomUUID().toString().substring(0, 10) + "@example.test";
		return node.subscribe(address, client);
	}

}
