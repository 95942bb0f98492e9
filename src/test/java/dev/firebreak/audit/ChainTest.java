package dev.firebreak.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one chain mechanism, without a database or Spring: the function keeps the hashes
 * stored before it was shared (these figures were computed by the timeline's and the
 * audit log's own functions, so stored chains still verify), and a walk names a changed
 * entry, a removed one and one removed from the end.
 */
class ChainTest {

	static final Instant AT = Instant.parse("2026-03-01T10:15:30.789Z");

	static final String TIMELINE_1 = "df3e2247443995281a344275becbf6901ef8aa5c8605b97b29a21e442158db82";

	static final String TIMELINE_2 = "0741f25a8d7e56899282458dec4be3adc08ce9dfae69151068360d0cb0d50708";

	static final String AUDIT_1 = "66aad8191a71bc0bc0a09eb728cbb16f61b2b5534ced624f848043c63f7a4d6a";

	/** Like the timeline: one chain per key. */
	static final Chain KEYED = new TestChain("incident");

	/** Like the audit log: one chain over the table, with a head row. */
	static final Chain SINGLE = new TestChain(null);

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

	@Test
	void intactChainsHold() {
		List<Link> links = chained(KEYED, 1, 1, 2, 2, 2);

		ChainVerification verified = walk(KEYED, links, null);

		assertThat(verified.ok()).isTrue();
		assertThat(verified.chains()).isEqualTo(2);
		assertThat(verified.entries()).isEqualTo(5);
		assertThat(verified.first()).isNull();
	}

	@Test
	void aTamperedEntryIsNamed() {
		List<Link> links = chained(KEYED, 1, 1, 2, 2, 2);
		Link third = links.get(3);
		links.set(3, new Link(third.id(), third.key(), new Object[] { "mallory" }, third.prevHash(), third.hash()));

		ChainVerification verified = walk(KEYED, links, null);

		assertThat(verified.broken()).isEqualTo(1);
		assertThat(verified.first().entryId()).isEqualTo(4);
		assertThat(verified.first().chain()).isEqualTo("chain 2");
		assertThat(verified.first().page()).isEqualTo("/chains/2");
		assertThat(verified.first().reason()).contains("content does not match its hash");
	}

	@Test
	void aGapIsNamedByTheEntryAfterIt() {
		List<Link> links = chained(KEYED, 1, 1, 2, 2, 2);
		links.remove(3);

		ChainVerification verified = walk(KEYED, links, null);

		assertThat(verified.broken()).isEqualTo(1);
		assertThat(verified.first().entryId()).isEqualTo(5);
		assertThat(verified.first().reason()).contains("entry 3 was rewritten", "was removed");
	}

	@Test
	void aRemovedFirstEntryIsNamed() {
		List<Link> links = chained(KEYED, 1, 1, 2, 2, 2);
		links.remove(2);

		assertThat(walk(KEYED, links, null).first().reason())
			.isEqualTo("the incident's first entry does not start from the genesis hash: an earlier entry was removed");
	}

	@Test
	void anEntryRemovedFromTheEndIsNamedThroughTheHead() {
		List<Link> links = chained(SINGLE, 0, 0, 0);
		Chain.Head head = new Chain.Head(3, links.get(2).hash());
		assertThat(walk(SINGLE, links, head).ok()).isTrue();
		links.remove(2);

		ChainVerification verified = walk(SINGLE, links, head);

		assertThat(verified.broken()).isEqualTo(1);
		assertThat(verified.first().entryId()).isEqualTo(3);
		assertThat(verified.first().chain()).isNull();
		assertThat(verified.first().reason()).contains("removed from the end");
	}

	/** The API's answer names the chains as it did when each chain had its own type. */
	@Test
	void inJsonAChainIsNamedByItsNoun() {
		ObjectMapper json = new ObjectMapper();
		List<Link> keyed = chained(KEYED, 1, 1);
		keyed.remove(0);
		JsonNode timeline = json.valueToTree(walk(KEYED, keyed, null));
		List<Link> single = chained(SINGLE, 0);
		JsonNode audit = json.valueToTree(walk(SINGLE, single, new Chain.Head(1, single.get(0).hash())));

		assertThat(timeline.get("incidents").asLong()).isEqualTo(1);
		assertThat(timeline.at("/first/incident").asText()).isEqualTo("chain 1");
		assertThat(timeline.has("head")).isFalse();
		assertThat(fieldNames(timeline.get("first"))).containsExactlyInAnyOrder("entryId", "incident", "reason");
		assertThat(fieldNames(audit)).containsExactlyInAnyOrder("entries", "broken", "first", "head");
		assertThat(audit.get("first").isNull()).isTrue();
		assertThat(audit.at("/head/id").asLong()).isEqualTo(1);
	}

	/** Entries with ids 1, 2, … in the given chains, linked as appends link them. */
	private static List<Link> chained(Chain chain, long... keys) {
		List<Link> links = new ArrayList<>();
		String prev = ChainHash.GENESIS;
		for (int i = 0; i < keys.length; i++) {
			if (i == 0 || keys[i] != keys[i - 1]) {
				prev = ChainHash.GENESIS;
			}
			Object[] content = { "entry " + (i + 1) };
			String hash = ChainHash.link(prev, chain.format(), content);
			links.add(new Link(i + 1, keys[i], content, prev, hash));
			prev = hash;
		}
		return links;
	}

	private static ChainVerification walk(Chain chain, List<Link> links, Chain.Head head) {
		ChainWalk walk = new ChainWalk(chain);
		links.forEach(walk::check);
		return walk.result(head);
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static final class TestChain extends Chain {

		private final String noun;

		TestChain(String noun) {
			super("test", "Test chain", "test/v1", "test_entry", List.of("text"));
			this.noun = noun;
		}

		@Override
		public String keyColumn() {
			return noun == null ? null : "chain_id";
		}

		@Override
		public String noun() {
			return noun;
		}

		@Override
		public String label(long key) {
			return noun == null ? null : "chain " + key;
		}

		@Override
		public String page(long key) {
			return noun == null ? null : "/chains/" + key;
		}

	}

}
