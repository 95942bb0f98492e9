package dev.firebreak.audit;

/**
 * The state of one walk over a chained table: links arrive ordered by key, then id. Names
 * the broken link with the lowest entry id and counts the rest.
 */
final class ChainWalk {

	private final Chain chain;

	private long chains;

	private long entries;

	private long broken;

	private ChainVerification.Break first;

	private Long key;

	private long previousId;

	private String previousHash = ChainHash.GENESIS;

	ChainWalk(Chain chain) {
		this.chain = chain;
	}

	void check(Link link) {
		entries++;
		if (key == null || key != link.key()) {
			key = link.key();
			chains++;
			previousId = 0;
			previousHash = ChainHash.GENESIS;
		}
		String problem = null;
		if (!previousHash.equals(link.prevHash())) {
			problem = previousId == 0
					? "the " + (chain.noun() == null ? "chain" : chain.noun())
							+ "'s first entry does not start from the genesis hash: an earlier entry was removed"
					: "its previous hash is not the hash of entry " + previousId
							+ ": an entry between them was removed, or entry " + previousId + " was rewritten";
		}
		else if (!link.hashAfter(link.prevHash(), chain).equals(link.hash())) {
			problem = "its content does not match its hash: the entry was changed after it was written";
		}
		if (problem != null) {
			broken++;
			if (first == null || link.id() < first.entryId()) {
				first = breakAt(link.id(), link.key(), problem);
			}
		}
		previousId = link.id();
		previousHash = link.hash() == null ? "" : link.hash();
	}

	/**
	 * @param head where appends say the chain ends, null for a table without a head row
	 */
	ChainVerification result(Chain.Head head) {
		if (head != null && (head.id() != previousId || !head.hash().equals(previousHash))) {
			broken++;
			if (first == null) {
				first = breakAt(Math.max(head.id(), previousId), 0,
						"the chain's head names entry " + head.id() + " but the newest entry is " + previousId
								+ ": entries were removed from the end of the chain, or the head was moved");
			}
		}
		return new ChainVerification(chain.noun(), chains, entries, broken, first, head);
	}

	private ChainVerification.Break breakAt(long entryId, long key, String problem) {
		return new ChainVerification.Break(entryId, chain.noun(), chain.label(key), chain.page(key), problem);
	}

}
