package dev.firebreak.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase step that chains the rows of a table written before hash chains existed, in
 * the order {@link ChainVerifier} walks them and with the same function that chains new
 * rows, then points the chain's head row (if it has one) at the newest. Runs once, under
 * Liquibase's lock, so one node of a cluster does it. Each chained table has a public
 * subclass with a no-argument constructor, because Liquibase instantiates it by name.
 */
public abstract class ChainBackfill implements CustomTaskChange {

	private final Chain chain;

	private long chained;

	private Long key;

	private Link last;

	private String prevHash = ChainHash.GENESIS;

	protected ChainBackfill(Chain chain) {
		this.chain = chain;
	}

	@Override
	public void execute(Database database) throws CustomChangeException {
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try {
			long max;
			try (PreparedStatement read = connection.prepareStatement(Link.maxPagingValue(chain));
					ResultSet rs = read.executeQuery()) {
				rs.next();
				max = rs.getLong(1);
			}
			for (long after = 0; after < max; after += ChainVerifier.PAGE) {
				chainPage(connection, after, after + ChainVerifier.PAGE);
			}
			if (chain.headRow() != null) {
				try (PreparedStatement head = connection
					.prepareStatement("update fb_chain_head set last_id = ?, hash = ? where name = ?")) {
					head.setLong(1, last == null ? 0 : last.id());
					head.setString(2, prevHash);
					head.setString(3, chain.headRow());
					head.executeUpdate();
				}
			}
		}
		catch (SQLException ex) {
			throw new CustomChangeException("Could not chain the existing rows of " + chain.table(), ex);
		}
	}

	/** Reads a page whole before writing, so no result set is open during the updates. */
	private void chainPage(Connection connection, long after, long upTo) throws SQLException {
		List<Link> links = new ArrayList<>();
		try (PreparedStatement read = connection.prepareStatement(Link.page(chain))) {
			read.setLong(1, after);
			read.setLong(2, upTo);
			try (ResultSet rs = read.executeQuery()) {
				while (rs.next()) {
					links.add(relink(Link.read(rs, chain)));
				}
			}
		}
		try (PreparedStatement write = connection
			.prepareStatement("update " + chain.table() + " set prev_hash = ?, hash = ? where id = ?")) {
			for (Link link : links) {
				write.setString(1, link.prevHash());
				write.setString(2, link.hash());
				write.setLong(3, link.id());
				write.addBatch();
			}
			write.executeBatch();
		}
		chained += links.size();
	}

	/** The link as it chains after the one before it. */
	private Link relink(Link stored) {
		if (key == null || key != stored.key()) {
			key = stored.key();
			prevHash = ChainHash.GENESIS;
		}
		String hash = stored.hashAfter(prevHash, chain);
		last = new Link(stored.id(), stored.key(), stored.content(), prevHash, hash);
		prevHash = hash;
		return last;
	}

	@Override
	public String getConfirmationMessage() {
		return "Chained " + chained + " existing rows of " + chain.table();
	}

	@Override
	public void setUp() {
	}

	@Override
	public void setFileOpener(ResourceAccessor resourceAccessor) {
	}

	@Override
	public ValidationErrors validate(Database database) {
		return new ValidationErrors();
	}

}
