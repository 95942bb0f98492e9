package dev.firebreak;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives MySQL tests a fresh, empty database on a real MySQL-protocol server (MariaDB on
 * our machines), created once per test run so that Liquibase applies the whole schema
 * from nothing. Without a server the tests are skipped with a message, except where they
 * are required (CI=true or FIREBREAK_TEST_MYSQL_REQUIRED=true): then they fail.
 * <p>
 * Settings: FIREBREAK_TEST_MYSQL_URL (server, default jdbc:mysql://127.0.0.1:3306/),
 * FIREBREAK_TEST_MYSQL_USER (root), FIREBREAK_TEST_MYSQL_PASSWORD (empty),
 * FIREBREAK_TEST_MYSQL_DATABASE (firebreak_test; dropped and created anew).
 */
public class MySqlTestDatabase implements ExecutionCondition {

	private static final String SERVER = env("FIREBREAK_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");

	private static final String USER = env("FIREBREAK_TEST_MYSQL_USER", "root");

	private static final String PASSWORD = env("FIREBREAK_TEST_MYSQL_PASSWORD", "");

	private static final String DATABASE = env("FIREBREAK_TEST_MYSQL_DATABASE", "firebreak_test");

	private static boolean created;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try {
			createOnce();
			return ConditionEvaluationResult.enabled("MySQL-protocol server at " + SERVER + ", database " + DATABASE);
		}
		catch (SQLException ex) {
			String message = "No MySQL-protocol server at " + SERVER + " (" + ex.getMessage() + ")";
			if (required()) {
				throw new IllegalStateException(message + ": the MySQL tests are required here and cannot run.", ex);
			}
			return ConditionEvaluationResult.disabled(message + ": MySQL tests skipped.");
		}
	}

	/** Points the application at the test database with the production MySQL settings. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> SERVER + DATABASE);
		credentials(registry);
	}

	/**
	 * Points a test context at the test database with the production MySQL settings; one
	 * class for every {@link FirebreakMySqlTest}, so that they share one cached context.
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("mysqlTestDatabase",
						Map.of("spring.datasource.url", url(), "spring.datasource.username", USER,
								"spring.datasource.password", PASSWORD,
								// data-integrity probes query the same database,
								// read-only
								"firebreak.probes.data-sources.test-data.url", url(),
								"firebreak.probes.data-sources.test-data.username", USER,
								"firebreak.probes.data-sources.test-data.password", PASSWORD)));
		}

	}

	/** The same, through another host and port (a proxy in front of the server). */
	public static void register(DynamicPropertyRegistry registry, String host, int port) {
		registry.add("spring.datasource.url", () -> "jdbc:mysql://" + host + ":" + port + "/" + DATABASE);
		credentials(registry);
	}

	/**
	 * The test database's JDBC URL, for an application started by hand (a second node).
	 */
	public static String url() {
		return SERVER + DATABASE;
	}

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
	}

	/** Host and port of the test server, from FIREBREAK_TEST_MYSQL_URL. */
	public static java.net.URI serverAddress() {
		return java.net.URI.create(SERVER.substring("jdbc:".length()));
	}

	private static void credentials(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	private static synchronized void createOnce() throws SQLException {
		if (created) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_bin");
			System.out.println("MySQL tests: created empty database " + DATABASE + " on "
					+ connection.getMetaData().getDatabaseProductName() + " "
					+ connection.getMetaData().getDatabaseProductVersion());
		}
		created = true;
	}

	private static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI"))
				|| "true".equalsIgnoreCase(System.getenv("FIREBREAK_TEST_MYSQL_REQUIRED"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
