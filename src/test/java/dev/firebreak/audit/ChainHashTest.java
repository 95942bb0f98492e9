package dev.firebreak.audit;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain function keeps the hashes stored before it was shared: these figures were
 * computed by the timeline's and the audit log's own functions, so stored chains still
 * verify. Boots nothing.
 */
class ChainHashTest {

	static final Instant AT = Instant.parse("2026-03-01T10:15:30.789Z");

	static final String TIMELINE_1 = "df3e2247443995281a344275becbf6901ef8aa5c8605b97b29a21e442158db82";

	static final String TIMELINE_2 = "0741f25a8d7e56899282458dec4be3adc08ce9dfae69151068360d0cb0d50708";

	static final String AUDIT_1 = "66aad8191a71bc0bc0a09eb728cbb16f61b2b5534ced624f848043c63f7a4d6a";

	@Test
	void timelineLinksHashAsTheTimelineAlwaysDid() {
		String first = ChainHash.link(ChainHash.GENESIS, "timeline/v1", 42L, AT, "rita", "OPENED",
				"{\"title\":\"Checkout returns 502\"}");
		assertThat(first).isEqualTo(TIMELINE_1);
		assertThat(ChainHash.link(first, "timeline/v1", 42L, AT.plusSeconds(60), null, "ESCALATED", null))
			.isEqualTo(TIMELINE_2);
	}

	@Test
	void auditLinksHashAsTheAuditLogAlwaysDid() {
		String first = ChainHash.link(ChainHash.GENESIS, "audit/v1", AT, "adam", "USER_CREATED", "user:ünïcode",
				"{\"roles\":[\"RESPONDER\"]}", "127.0.0.1");
		assertThat(first).isEqualTo(AUDIT_1);
		assertThat(ChainHash.link(first, "audit/v1", AT, null, "LOGIN_FAILED", null, null, null))
			.isEqualTo("88a2585198b2076d8ad0f2a1d2abe9b3df8fcab0a451cf6fde8446a4bf7fb7a8");
	}

	/**
	 * What the database returns (UTC wall-clock, whole seconds) hashes as what was
	 * written.
	 */
	@Test
	void aStoredTimeHashesAsTheInstantWritten() {
		assertThat(ChainHash.link(ChainHash.GENESIS, "timeline/v1", 42L, LocalDateTime.parse("2026-03-01T10:15:30"),
				"rita", "OPENED", "{\"title\":\"Checkout returns 502\"}"))
			.isEqualTo(TIMELINE_1);
	}

	@Test
	void theHeadDigestIsTheOneExportsCarry() {
		HeadDigest digest = new HeadDigest();
		digest.add("INC-000042", 7, TIMELINE_2);
		digest.add("INC-000043", 9, AUDIT_1);

		assertThat(digest.chains()).isEqualTo(2);
		assertThat(digest.hex()).isEqualTo("0f95449dd22a459fd0f9fed7385bf1482b9937596850520baa8fd0a79f24e121");
	}

}
