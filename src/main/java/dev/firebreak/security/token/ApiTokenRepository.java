package dev.firebreak.security.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static dev.firebreak.security.people.UtcColumns.instant;
import static dev.firebreak.security.people.UtcColumns.toDb;

/** {@code fb_api_token}: a token is found by the SHA-256 hash of its value. */
@Repository
class ApiTokenRepository {

	private static final String COLUMNS = "id, username, name, created_at, expires_at, revoked_at";

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String username, String name, String hash, Instant createdAt, Instant expiresAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fb_api_token (username, name, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?)""").params(username, name, hash, toDb(createdAt), toDb(expiresAt)).update(key);
		return key.getKey().longValue();
	}

	Optional<ApiToken> findByHash(String hash) {
		return jdbc.sql("select " + COLUMNS + " from fb_api_token where token_hash = ?")
			.param(hash)
			.query(this::token)
			.optional();
	}

	Optional<ApiToken> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from fb_api_token where id = ?")
			.param(id)
			.query(this::token)
			.optional();
	}

	List<ApiToken> ofUser(String username) {
		return jdbc.sql("select " + COLUMNS + " from fb_api_token where username = ? order by id")
			.param(username)
			.query(this::token)
			.list();
	}

	void revoke(long id, Instant at) {
		jdbc.sql("update fb_api_token set revoked_at = ? where id = ? and revoked_at is null")
			.params(toDb(at), id)
			.update();
	}

	private ApiToken token(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("name"), instant(rs, "created_at"),
				instant(rs, "expires_at"), instant(rs, "revoked_at"));
	}

}
