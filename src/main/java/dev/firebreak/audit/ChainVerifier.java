package dev.firebreak.audit;

import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks every chain of a chained table and names the first broken link; for a table with
 * a head row, also checks that the head still points at the newest entry, which catches
 * entries removed from the end. Reads in pages, so memory stays flat however long the
 * table is.
 */
@Component
public class ChainVerifier {

	static final int PAGE = 1000;

	private final JdbcClient jdbc;

	ChainVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify(Chain chain) {
		ChainWalk walk = new ChainWalk(chain);
		long max = jdbc.sql(Link.maxPagingValue(chain)).query(Long.class).single();
		for (long after = 0; after < max; after += PAGE) {
			jdbc.sql(Link.page(chain))
				.params(after, after + PAGE)
				.query((RowCallbackHandler) rs -> walk.check(Link.read(rs, chain)));
		}
		return walk.result(chain.headRow() == null ? null : head(chain));
	}

	/** The newest link as recorded by appends, for a chain with a head row. */
	public Chain.Head head(Chain chain) {
		return jdbc.sql("select last_id, hash from fb_chain_head where name = ?")
			.param(chain.headRow())
			.query((rs, row) -> new Chain.Head(rs.getLong("last_id"), rs.getString("hash")))
			.single();
	}

	/** The stored hash of one entry, for comparing with a figure recorded earlier. */
	public Optional<String> hashOf(Chain chain, long entryId) {
		return jdbc.sql("select hash from " + chain.table() + " where id = ?")
			.param(entryId)
			.query(String.class)
			.optional();
	}

}
