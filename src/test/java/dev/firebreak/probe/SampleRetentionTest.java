package dev.firebreak.probe;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AbstractSampleRetentionTest} on H2, and the schedule: the job rolls up nothing
 * while another node holds the {@code probe-retention} lease.
 */
@FirebreakTest
class SampleRetentionTest extends AbstractSampleRetentionTest {

	@Test
	void theScheduledRunRollsUpOnlyOnTheNodeHoldingTheLease() {
		samples.insert(fast, OLD_DAY, CheckResult.up(200, 12));
		holdLease("another-node", NOW.plusSeconds(60));

		retention.runOnOneNode();

		assertThat(samples.find(fast, OLD_DAY, CUT, 10)).as("another node holds the lease").hasSize(1);

		holdLease("another-node", NOW.minusSeconds(1));
		retention.runOnOneNode();

		assertThat(samples.find(fast, OLD_DAY, CUT, 10)).as("the lease had expired").isEmpty();
		assertThat(availability.uptime(List.of(service), OLD_DAY, CUT).samples()).isEqualTo(1);
	}

	private void holdLease(String owner, Instant until) {
		jdbc.sql("delete from fb_cluster_lock where name = ?").param(SampleRetention.LEASE).update();
		jdbc.sql("insert into fb_cluster_lock (name, owner, locked_until) values (?, ?, ?)")
			.params(SampleRetention.LEASE, owner, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
			.update();
	}

}
