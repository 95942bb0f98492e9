package dev.firebreak.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/**
 * One stored entry of a chain, as the verifier and the backfill read it: a page of rows
 * whose paging column (the key column, else the id) lies in {@code (after, upTo]},
 * ordered by key, then id.
 *
 * @param key the value of the key column, 0 for one chain over the table
 */
record Link(long id, long key, Object[] content, String prevHash, String hash) {

	static String maxPagingValue(Chain chain) {
		return "select coalesce(max(" + pagingColumn(chain) + "), 0) from " + chain.table();
	}

	static String page(Chain chain) {
		String key = chain.keyColumn() == null ? "0" : chain.keyColumn();
		return "select id, " + key + ", " + String.join(", ", chain.content()) + ", prev_hash, hash from "
				+ chain.table() + " where " + pagingColumn(chain) + " > ? and " + pagingColumn(chain) + " <= ?"
				+ " order by " + (chain.keyColumn() == null ? "" : key + ", ") + "id";
	}

	private static String pagingColumn(Chain chain) {
		return chain.keyColumn() == null ? "id" : chain.keyColumn();
	}

	/** The row the result set stands on, selected by {@link #page}. */
	static Link read(ResultSet rs, Chain chain) throws SQLException {
		Object[] content = new Object[chain.content().size()];
		for (int i = 0; i < content.length; i++) {
			int column = i + 3;
			content[i] = rs.getMetaData().getColumnType(column) == Types.TIMESTAMP
					? rs.getObject(column, LocalDateTime.class) : rs.getString(column);
		}
		return new Link(rs.getLong(1), rs.getLong(2), content, rs.getString(content.length + 3),
				rs.getString(content.length + 4));
	}

	/** The hash this entry's content gives after the given previous hash. */
	String hashAfter(String prevHash, Chain chain) {
		return ChainHash.link(prevHash, chain.format(), content);
	}

}
