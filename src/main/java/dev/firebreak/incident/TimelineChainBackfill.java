package dev.firebreak.incident;

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
 * Liquibase step of {@code 0007-exports.yaml}: chains the timeline entries written before
 * hash chains existed, each incident's in id order, with the same function that chains
 * new entries. Runs once, under Liquibase's lock, so one node of a cluster does it.
 * Public with a no-argument constructor because Liquibase instantiates it.
 */
public class TimelineChainBackfill implements CustomTaskChange {

	private static final int INCIDENTS_PER_PAGE = 1000;

	private long chained;

	@Override
	public void execute(Database database) throws CustomChangeException {
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try {
			long maxIncident = maxIncident(connection);
			for (long after = 0; after < maxIncident; after += INCIDENTS_PER_PAGE) {
				chained += chainPage(connection, after, after + INCIDENTS_PER_PAGE);
			}
		}
		catch (SQLException ex) {
			throw new CustomChangeException("Could not chain the existing timeline entries", ex);
		}
	}

	private static long maxIncident(Connection connection) throws SQLException {
		try (PreparedStatement max = connection
			.prepareStatement("select coalesce(max(incident_id), 0) from fb_timeline_entry");
				ResultSet rs = max.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Reads a page whole before writing, so no result set is open during the updates. */
	private static int chainPage(Connection connection, long after, long upTo) throws SQLException {
		List<Object[]> links = new ArrayList<>();
		try (PreparedStatement read = connection
			.prepareStatement("select id, incident_id, at, actor, type, details from fb_timeline_entry"
					+ " where incident_id > ? and incident_id <= ? order by incident_id, id")) {
			read.setLong(1, after);
			read.setLong(2, upTo);
			try (ResultSet rs = read.executeQuery()) {
				long incident = -1;
				String prev = null;
				while (rs.next()) {
					long incidentId = rs.getLong("incident_id");
					if (incidentId != incident) {
						incident = incidentId;
						prev = ChainHash.GENESIS;
					}
					LocalDateTime at = rs.getObject("at", LocalDateTime.class);
					String hash = TimelineChain.hash(prev, incidentId, at.toInstant(ZoneOffset.UTC),
							rs.getString("actor"), rs.getString("type"), rs.getString("details"));
					links.add(new Object[] { prev, hash, rs.getLong("id") });
					prev = hash;
				}
			}
		}
		try (PreparedStatement write = connection
			.prepareStatement("update fb_timeline_entry set prev_hash = ?, hash = ? where id = ?")) {
			for (Object[] link : links) {
				write.setString(1, (String) link[0]);
				write.setString(2, (String) link[1]);
				write.setLong(3, (Long) link[2]);
				write.addBatch();
			}
			write.executeBatch();
		}
		return links.size();
	}

	@Override
	public String getConfirmationMessage() {
		return "Chained " + chained + " existing timeline entries";
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
