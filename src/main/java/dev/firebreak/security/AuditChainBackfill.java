package dev.firebreak.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.firebreak.audit.ChainHash;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase step of {@code 0007-exports.yaml}: chains the audit entries written before
 * hash chains existed, in id order, and points the chain's head row at the newest. Runs
 * once, under Liquibase's lock. Public with a no-argument constructor because Liquibase
 * instantiates it.
 */
public class AuditChainBackfill implements CustomTaskChange {

	private static final int PAGE = 2000;

	private long chained;

	@Override
	public void execute(Database database) throws CustomChangeException {
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try {
			long lastId = 0;
			String prev = ChainHash.GENESIS;
			while (true) {
				List<Object[]> links = new ArrayList<>();
				try (PreparedStatement read = connection
					.prepareStatement("select id, at, actor, action, target, details, source_address from fb_audit_log"
							+ " where id > ? order by id limit " + PAGE)) {
					read.setLong(1, lastId);
					try (ResultSet rs = read.executeQuery()) {
						while (rs.next()) {
							LocalDateTime at = rs.getObject("at", LocalDateTime.class);
							String hash = AuditChain.hash(prev, at.toInstant(ZoneOffset.UTC), rs.getString("actor"),
									rs.getString("action"), rs.getString("target"), rs.getString("details"),
									rs.getString("source_address"));
							lastId = rs.getLong("id");
							links.add(new Object[] { prev, hash, lastId });
							prev = hash;
						}
					}
				}
				write(connection, links);
				chained += links.size();
				if (links.size() < PAGE) {
					break;
				}
			}
			try (PreparedStatement head = connection
				.prepareStatement("update fb_chain_head set last_id = ?, hash = ? where name = 'audit'")) {
				head.setLong(1, lastId);
				head.setString(2, prev);
				head.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw new CustomChangeException("Could not chain the existing audit entries", ex);
		}
	}

	private static void write(Connection connection, List<Object[]> links) throws SQLException {
		try (PreparedStatement write = connection
			.prepareStatement("update fb_audit_log set prev_hash = ?, hash = ? where id = ?")) {
			for (Object[] link : links) {
				write.setString(1, (String) link[0]);
				write.setString(2, (String) link[1]);
				write.setLong(3, (Long) link[2]);
				write.addBatch();
			}
			write.executeBatch();
		}
	}

	@Override
	public String getConfirmationMessage() {
		return "Chained " + chained + " existing audit entries";
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
