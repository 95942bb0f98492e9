package dev.firebreak.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the intake path sends: those run on HTTP request threads and
 * on the intake worker. The engine's job executor polls {@code ACT_RU_JOB} on its own
 * thread whatever we do, so counting every thread would blame the alerts for its polls. A
 * statement in a JDBC batch counts once per {@code addBatch}, as the database runs it.
 */
final class StatementCounter implements BeanPostProcessor {

	private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "addBatch");

	private final LongAdder all = new LongAdder();

	private final LongAdder engine = new LongAdder();

	/** What was counted since the last {@link #reset()}. */
	record Counts(long all, long engine) {
	}

	Counts reset() {
		return new Counts(all.sumThenReset(), engine.sumThenReset());
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	private static boolean onIntakePath() {
		String thread = Thread.currentThread().getName();
		return thread.startsWith("http-nio-") || thread.equals("firebreak-intake");
	}

	private void count(String sql) {
		if (onIntakePath()) {
			all.increment();
			// the engine's mappings name its tables in capitals, ours are lower case
			if (sql != null && (sql.contains("ACT_") || sql.contains("act_"))) {
				engine.increment();
			}
		}
	}

	private final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return wrap(Connection.class, super.getConnection(), null);
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return wrap(Connection.class, super.getConnection(username, password), null);
		}

	}

	/**
	 * Statements made by a connection are wrapped in turn; {@code sql} is the prepared
	 * statement's text, null for connections and plain statements.
	 */
	private <T> T wrap(Class<T> type, T target, String sql) {
		InvocationHandler handler = (proxy, method, args) -> {
			Object result = invoke(method, target, args);
			String name = method.getName();
			if (result instanceof PreparedStatement prepared && name.equals("prepareStatement")) {
				return wrap(PreparedStatement.class, prepared, (String) args[0]);
			}
			if (result instanceof Statement plain && name.equals("createStatement")) {
				return wrap(Statement.class, plain, null);
			}
			if (EXECUTING.contains(name) && target instanceof Statement) {
				count(sql != null ? sql : (args != null && args.length > 0 ? String.valueOf(args[0]) : null));
			}
			return result;
		};
		return type
			.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
