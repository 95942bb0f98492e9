package dev.firebreak.notify.schedule;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The generation of each person's own calendar feed URL; no row means generation 0, so a
 * person has a feed without anything being written.
 */
@Repository
class PersonFeedRepository {

	private final JdbcClient jdbc;

	PersonFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int generation(String username) {
		return jdbc.sql("select generation from fb_user_feed where username = ?")
			.param(username)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** Revokes the person's feed URL: the next generation's token is another one. */
	void bump(String username) {
		if (increment(username)) {
			return;
		}
		try {
			jdbc.sql("insert into fb_user_feed (username, generation) values (?, 1)").param(username).update();
		}
		catch (DuplicateKeyException revokedAtTheSameTime) {
			increment(username);
		}
	}

	private boolean increment(String username) {
		return jdbc.sql("update fb_user_feed set generation = generation + 1 where username = ?")
			.param(username)
			.update() == 1;
	}

}
