package dev.firebreak.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leases in the database ({@code fb_cluster_lock}) so that scheduled work runs on one
 * node at a time. A node holds a lease until it expires; it renews by acquiring again,
 * and any node takes over once the holder stops renewing. No clocks need to agree
 * closely: leases are tens of seconds long.
 */
@Component
public class ClusterLock {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String node = UUID.randomUUID().toString();

	ClusterLock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return whether this node holds the lease {@code name} for the next {@code lease}
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String name, Duration lease) {
		Instant now = clock.instant();
		LocalDateTime until = LocalDateTime.ofInstant(now.plus(lease), ZoneOffset.UTC);
		int taken = jdbc
			.sql("update fb_cluster_lock set owner = ?, locked_until = ? where name = ?"
					+ " and (owner = ? or locked_until < ?)")
			.params(node, until, name, node, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		if (taken == 1) {
			return true;
		}
		try {
			return jdbc.sql("insert into fb_cluster_lock (name, owner, locked_until) values (?, ?, ?)")
				.params(name, node, until)
				.update() == 1;
		}
		catch (DuplicateKeyException heldByAnotherNode) {
			return false;
		}
	}

}
