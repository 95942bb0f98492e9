package dev.firebreak.web;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is away from a request that went wrong. Spring, the engine (which
 * wraps the driver's exception in its own) and the security filters (which wrap it in an
 * authentication failure) each dress the same fault differently, so the whole cause chain
 * is searched for what only a lost or refused connection throws.
 */
public final class DatabaseOutage {

	private DatabaseOutage() {
	}

	/**
	 * Whether {@code failure}, or anything it was caused by, says the database is away.
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith("08")) {
				// SQLSTATE class 08: connection exception, whatever the driver calls it
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
