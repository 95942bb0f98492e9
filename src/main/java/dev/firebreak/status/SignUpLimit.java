package dev.firebreak.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most {@link #MAX_PER_CLIENT} status page sign-ups per client address in a fixed
 * window of {@link #WINDOW}, counted in {@code fb_status_signup_window}: a count in one
 * node's memory would let a client that reaches several nodes sign up several times as
 * often. Each step is one conditional statement, so concurrent sign-ups, on any node,
 * cannot both take the last place. The address is kept only as its hash.
 * <p>
 * The count runs in a short transaction of its own, so that an attempt counts whatever
 * becomes of the sign-up, and so that a lost race (two nodes inserting the same new
 * client, which MySQL may answer with a deadlock) is simply tried again.
 */
@Component
class SignUpLimit {

	static final int MAX_PER_CLIENT = 5;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final int ATTEMPTS = 5;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignUpLimit(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Takes a place for this client, if there is one left in its window.
	 * @param client the caller's network address; null counts as one unknown client
	 */
	boolean allow(String client) {
		String key = StatusSubscriptions.hash(client == null ? "" : client);
		for (int attempt = 1;; attempt++) {
			try {
				return Boolean.TRUE.equals(transactions.execute(status -> tryAllow(key)));
			}
			catch (DuplicateKeyException | PessimisticLockingFailureException lostRace) {
				// another node counted this client first: its row is there now
				if (attempt == ATTEMPTS) {
					throw lostRace;
				}
			}
		}
	}

	private boolean tryAllow(String key) {
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDateTime windowFrom = now.minus(WINDOW);
		if (jdbc
			.sql("update fb_status_signup_window set sign_ups = sign_ups + 1"
					+ " where client_hash = ? and window_start > ? and sign_ups < ?")
			.params(key, windowFrom, MAX_PER_CLIENT)
			.update() == 1) {
			return true;
		}
		// the window is over: a new one begins with this sign-up
		if (jdbc
			.sql("update fb_status_signup_window set window_start = ?, sign_ups = 1"
					+ " where client_hash = ? and window_start <= ?")
			.params(now, key, windowFrom)
			.update() == 1) {
			return true;
		}
		if (jdbc.sql("select count(*) from fb_status_signup_window where client_hash = ?")
			.param(key)
			.query(Long.class)
			.single() > 0) {
			// its window is full
			return false;
		}
		jdbc.sql("insert into fb_status_signup_window (client_hash, window_start, sign_ups) values (?, ?, 1)")
			.params(key, now)
			.update();
		// a new client: the time to clear the windows nobody uses any more
		jdbc.sql("delete from fb_status_signup_window where window_start <= ?").param(windowFrom).update();
		return true;
	}

}
