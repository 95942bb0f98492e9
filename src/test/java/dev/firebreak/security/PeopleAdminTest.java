package dev.firebreak.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins manage people and teams through the API; what they enter is checked. The request
 * checks that need no database are on the web slice,
 * {@code people/UserApiControllerTest}.
 */
@FirebreakTest
class PeopleAdminTest {

	static final String PASSWORD = "a long enough passphrase";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	String suffix;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aNewPersonCanSignInAndTheirHashIsNeverShown() {
		Response created = createUser("new-" + suffix, PASSWORD, List.of("RESPONDER", "AUDITOR"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.headers().getLocation()).hasToString("/api/v1/users/new-" + suffix);
		assertThat(created.body().get("roles").toString()).isEqualTo("[\"RESPONDER\",\"AUDITOR\"]");
		assertThat(created.body().get("enabled").asBoolean()).isTrue();
		assertThat(signIn("new-" + suffix, PASSWORD)).isEqualTo(200);
		String stored = jdbc.sql("select password_hash from fb_user where username = ?")
			.param("new-" + suffix)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{bcrypt}$2a$04$");
		for (JsonNode body : List.of(created.body(), api.get("adam", "/api/v1/users").body(),
				api.get("adam", "/api/v1/users/new-" + suffix).body())) {
			assertThat(body.toString()).doesNotContain(stored.substring(8)).doesNotContain("password");
		}
	}

	@Test
	void aCommonPasswordIsRefusedWhateverItsLength() {
		Response response = createUser("common-" + suffix, "Password1234", List.of("RESPONDER"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(message(response, "password")).contains("too common");
		assertThat(api.get("adam", "/api/v1/users/common-" + suffix).status()).isEqualTo(404);
	}

	@Test
	void aTakenUsernameConflicts() {
		createUser("dup-" + suffix, PASSWORD, List.of("RESPONDER"));

		Response again = createUser("dup-" + suffix, PASSWORD, List.of("MANAGER"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(api.get("adam", "/api/v1/users/dup-" + suffix).body().get("roles").toString())
			.isEqualTo("[\"RESPONDER\"]");
	}

	@Test
	void aDisabledPersonCannotSignInUntilEnabledAgain() {
		createUser("off-" + suffix, PASSWORD, List.of("RESPONDER"));

		assertThat(api.post("adam", "/api/v1/users/off-" + suffix + "/disable", null).body().get("enabled").asBoolean())
			.isFalse();
		assertThat(signIn("off-" + suffix, PASSWORD)).isEqualTo(401);

		api.post("adam", "/api/v1/users/off-" + suffix + "/enable", null);
		assertThat(signIn("off-" + suffix, PASSWORD)).isEqualTo(200);
	}

	@Test
	void anAdminSetsANewPasswordAndTheOldOneStopsWorking() {
		createUser("pw-" + suffix, PASSWORD, List.of("RESPONDER"));

		Response updated = api.call(Credentials.of("adam"), HttpMethod.PUT, "/api/v1/users/pw-" + suffix,
				Map.of("displayName", "Renamed", "email", "pw@example.org", "password", "a brand new passphrase",
						"roles", List.of("MANAGER")));

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("email").asText()).isEqualTo("pw@example.org");
		assertThat(signIn("pw-" + suffix, PASSWORD)).isEqualTo(401);
		assertThat(signIn("pw-" + suffix, "a brand new passphrase")).isEqualTo(200);
	}

	@Test
	void theLastEnabledAdminStays() {
		List<String> otherAdmins = jdbc
			.sql("select u.username from fb_user u join fb_user_role r on r.username = u.username"
					+ " where r.role = 'ADMIN' and u.enabled = ? and u.username <> 'adam'")
			.param(true)
			.query(String.class)
			.list();
		otherAdmins.forEach(admin -> api.post("adam", "/api/v1/users/" + admin + "/disable", null));

		Response disableSelf = api.post("adam", "/api/v1/users/adam/disable", null);
		Response demoteSelf = api.call(Credentials.of("adam"), HttpMethod.PUT, "/api/v1/users/adam",
				Map.of("displayName", "Adam", "roles", List.of("RESPONDER")));

		assertThat(disableSelf.status()).isEqualTo(409);
		assertThat(demoteSelf.status()).isEqualTo(409);
		assertThat(disableSelf.body().get("detail").asText()).contains("last enabled admin");
		assertThat(signIn("adam", ApiClient.PASSWORD)).isEqualTo(200);
		assertThat(api.get("adam", "/api/v1/users/adam").body().get("roles").toString()).isEqualTo("[\"ADMIN\"]");
		otherAdmins.forEach(admin -> api.post("adam", "/api/v1/users/" + admin + "/enable", null));
	}

	@Test
	void teamMembershipDecidesWhoseQueueSomeoneWorks() {
		String team = "t-" + suffix;
		createUser("member-" + suffix, PASSWORD, List.of("RESPONDER"));
		Response created = api.post("adam", "/api/v1/teams", Map.of("name", team, "displayName", "Team T"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("displayName").asText()).isEqualTo("Team T");

		Response added = api.post("adam", "/api/v1/teams/" + team + "/members", Map.of("username", "member-" + suffix));
		assertThat(added.body().get("members").toString()).isEqualTo("[\"member-" + suffix + "\"]");
		assertThat(me("member-" + suffix).get("teams").toString()).isEqualTo("[\"" + team + "\"]");

		api.post("adam", "/api/v1/teams/" + team + "/disable", null);
		assertThat(me("member-" + suffix).get("teams")).as("a disabled team gives nothing").isEmpty();
		api.post("adam", "/api/v1/teams/" + team + "/enable", null);
		assertThat(me("member-" + suffix).get("teams")).hasSize(1);

		Response removed = api.call(Credentials.of("adam"), HttpMethod.DELETE,
				"/api/v1/teams/" + team + "/members/member-" + suffix, null);
		assertThat(removed.body().get("members")).isEmpty();
		assertThat(me("member-" + suffix).get("teams")).isEmpty();
	}

	@Test
	void teamInputIsChecked() {
		Response badName = api.post("adam", "/api/v1/teams", Map.of("name", "Has Spaces"));
		assertThat(badName.status()).isEqualTo(400);
		assertThat(badName.body().get("errors").findValuesAsText("field")).containsExactly("name");

		api.post("adam", "/api/v1/teams", Map.of("name", "t-" + suffix));
		assertThat(api.post("adam", "/api/v1/teams", Map.of("name", "t-" + suffix)).status()).isEqualTo(409);
		Response unknownMember = api.post("adam", "/api/v1/teams/t-" + suffix + "/members",
				Map.of("username", "nobody-" + suffix));
		assertThat(unknownMember.status()).isEqualTo(400);
		assertThat(unknownMember.body().get("errors").findValuesAsText("field")).containsExactly("username");
		assertThat(api.get("adam", "/api/v1/teams/none-" + suffix).status()).isEqualTo(404);
		assertThat(
				api.call(Credentials.of("adam"), HttpMethod.DELETE, "/api/v1/teams/t-" + suffix + "/members/rita", null)
					.status())
			.isEqualTo(404);
	}

	private Response createUser(String username, String password, List<String> roles) {
		return api.post("adam", "/api/v1/users", Map.of("username", username, "displayName", "Person " + username,
				"password", password, "roles", roles));
	}

	private int signIn(String username, String password) {
		return api.call(Credentials.basic(username, password), HttpMethod.GET, "/api/v1/me", null).status();
	}

	private JsonNode me(String username) {
		return api.call(Credentials.basic(username, PASSWORD), HttpMethod.GET, "/api/v1/me", null).body();
	}

	private static String message(Response response, String field) {
		for (JsonNode error : response.body().get("errors")) {
			if (error.get("field").asText().equals(field)) {
				return error.get("message").asText();
			}
		}
		return null;
	}

}
