package dev.firebreak.audit;

import java.util.List;

/**
 * A table whose rows are hash-chained with {@link ChainHash}, as the feature that owns it
 * describes it. Registered as a bean, a chain is verified by the audit trail page; the
 * same description drives {@link ChainVerifier} and {@link ChainBackfill}.
 * <p>
 * Every such table has {@code id}, {@code prev_hash} and {@code hash} columns, and its
 * rows link in id order: one chain over the whole table, or one per value of
 * {@link #keyColumn()}.
 */
public interface Chain {

	/** Short and stable ({@code timeline}): the page's element ids. */
	String name();

	/** For people: "Incident timelines". */
	String title();

	/** The versioned format hashed into every link ({@code timeline/v1}). */
	String format();

	String table();

	/**
	 * The hashed columns in the chain's order; a time column holds UTC wall-clock time.
	 */
	List<String> content();

	/**
	 * One chain per value of this column (each incident's timeline), or null for one
	 * chain over the whole table.
	 */
	default String keyColumn() {
		return null;
	}

	/** What one of the chains is ("incident"); null for one chain over the table. */
	default String noun() {
		return null;
	}

	/** How people name the chain of a key ("INC-000042"). */
	default String label(long key) {
		return null;
	}

	/** The page where people read the chain of a key; null for none. */
	default String page(long key) {
		return null;
	}

	/**
	 * The {@code fb_chain_head} row that every append locks and moves, which also shows
	 * entries removed from the end of the chain; null when appends are serialised
	 * otherwise (an incident's row lock).
	 */
	default String headRow() {
		return null;
	}

	/**
	 * The newest link as appends recorded it.
	 *
	 * @param id the newest entry (0 for an empty chain)
	 */
	record Head(long id, String hash) {
	}

}
