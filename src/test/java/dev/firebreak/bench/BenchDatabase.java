package dev.firebreak.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh, empty database for one benchmark run: an H2 file database under
 * {@code target/bench}, or a database on a MySQL-protocol server (MariaDB here), dropped
 * and created again. The application's own settings are used otherwise (the {@code mysql}
 * profile for MariaDB), so the figures are those of a real installation.
 */
record BenchDatabase(String kind, Map<String, Object> properties) {

	/** As in application.yaml's default URL, which only differs in the file's path. */
	private static final String H2_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256";

	static BenchDatabase fresh(String kind) throws IOException, SQLException {
		return fresh(kind, "firebreak_bench");
	}

	/**
	 * @param mysqlDatabase the database on the MySQL-protocol server, unless
	 * {@code FIREBREAK_BENCH_MYSQL_DATABASE} names another
	 */
	static BenchDatabase fresh(String kind, String mysqlDatabase) throws IOException, SQLException {
		return of(kind, mysqlDatabase, true);
	}

	/** The database a previous run left, as it is. */
	static BenchDatabase existing(String kind, String mysqlDatabase) throws IOException, SQLException {
		return of(kind, mysqlDatabase, false);
	}

	private static BenchDatabase of(String kind, String mysqlDatabase, boolean fresh) throws IOException, SQLException {
		Map<String, Object> properties = new LinkedHashMap<>();
		switch (kind) {
			case "h2" -> {
				Path directory = Path.of("target", "bench", "h2");
				if (fresh) {
					FileSystemUtils.deleteRecursively(directory);
				}
				properties.put("spring.datasource.url",
						"jdbc:h2:file:./" + directory.resolve("firebreak") + H2_SETTINGS);
			}
			case "mariadb" -> {
				String server = env("FIREBREAK_BENCH_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
				String user = env("FIREBREAK_BENCH_MYSQL_USER", "root");
				String password = env("FIREBREAK_BENCH_MYSQL_PASSWORD", "");
				String database = env("FIREBREAK_BENCH_MYSQL_DATABASE", mysqlDatabase);
				if (fresh) {
					try (var connection = DriverManager.getConnection(server, user, password);
							var statement = connection.createStatement()) {
						statement.execute("drop database if exists `" + database + "`");
						statement
							.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_bin");
					}
				}
				properties.put("spring.profiles.active", "mysql");
				properties.put("spring.datasource.url", server + database);
				properties.put("spring.datasource.username", user);
				properties.put("spring.datasource.password", password);
			}
			default -> throw new IllegalArgumentException("database must be h2 or mariadb, not " + kind);
		}
		return new BenchDatabase(kind, properties);
	}

	/**
	 * For a MySQL-protocol server, connections that send a JDBC batch of inserts as one
	 * multi-row insert ({@code rewriteBatchedStatements}): a bulk load's own connections,
	 * not the application's.
	 */
	Optional<DataSource> bulkLoading() {
		if (kind.equals("h2")) {
			return Optional.empty();
		}
		return Optional
			.of(new DriverManagerDataSource(properties.get("spring.datasource.url") + "?rewriteBatchedStatements=true",
					(String) properties.get("spring.datasource.username"),
					(String) properties.get("spring.datasource.password")));
	}

	/** The settings that decide what a commit costs, as the server reports them. */
	String durability(JdbcTemplate jdbc) {
		if (kind.equals("h2")) {
			return "H2 " + jdbc.queryForObject("select h2version()", String.class) + " file database, " + "WRITE_DELAY="
					+ setting(jdbc, "WRITE_DELAY") + " ms (H2 default; a commit is not fsync'd)";
		}
		Map<String, Object> settings = jdbc
			.queryForMap("select version() v, @@innodb_flush_log_at_trx_commit f, @@sync_binlog s, @@log_bin b");
		return "MariaDB " + settings.get("v") + ", innodb_flush_log_at_trx_commit=" + settings.get("f")
				+ ", sync_binlog=" + settings.get("s") + ", log_bin=" + settings.get("b");
	}

	private static String setting(JdbcTemplate jdbc, String name) {
		return jdbc
			.queryForList("select setting_value from information_schema.settings where setting_name = ?", String.class,
					name)
			.stream()
			.findFirst()
			.orElse("?");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
