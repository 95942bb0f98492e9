package dev.firebreak.audit;

import java.util.List;

/**
 * A table whose rows are hash-chained with {@link ChainHash}, as the feature that owns it
 * describes it in a subclass. Registered as a bean, a chain is verified by the audit
 * trail page; the same description drives {@link ChainVerifier} and
 * {@link ChainBackfill}.
 * <p>
 * Every such table has {@code id}, {@code prev_hash} and {@code hash} columns, and its
 * rows link in id order: one chain over the whole table, or one per value of
 * {@link #keyColumn()}.
 */
public abstract class Chain {

	private final String name;

	private final String title;

	private final String format;

	private final String table;

	private final List<String> content;

	/**
	 * @param name short and stable ({@code timeline}): the page's element ids
	 * @param title for people: "Incident timelines"
	 * @param format the versioned format hashed into every link ({@code timeline/v1})
	 * @param content the hashed columns in the chain's order; a time column holds UTC
	 * wall-clock time
	 */
	protected Chain(String name, String title, String format, String table, List<String> content) {
		this.name = name;
		this.title = title;
		this.format = format;
		this.table = table;
		this.content = List.copyOf(content);
	}

	public final String name() {
		return name;
	}

	public final String title() {
		return title;
	}

	public final String format() {
		return format;
	}

	public final String table() {
		return table;
	}

	public final List<String> content() {
		return content;
	}

	/**
	 * One chain per value of this column (each incident's timeline), or null for one
	 * chain over the whole table.
	 */
	public String keyColumn() {
		return null;
	}

	/** What one of the chains is ("incident"); null for one chain over the table. */
	public String noun() {
		return null;
	}

	/** How people name the chain of a key ("INC-000042"). */
	public String label(long key) {
		return null;
	}

	/** The page where people read the chain of a key; null for none. */
	public String page(long key) {
		return null;
	}

	/**
	 * The {@code fb_chain_head} row that every append locks and moves, which also shows
	 * entries removed from the end of the chain; null when appends are serialised
	 * otherwise (an incident's row lock).
	 */
	public String headRow() {
		return null;
	}

	/**
	 * The newest link as appends recorded it.
	 *
	 * @param id the newest entry (0 for an empty chain)
	 */
	public record Head(long id, String hash) {
	}

}
