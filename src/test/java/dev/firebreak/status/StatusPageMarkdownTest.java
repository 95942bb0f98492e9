package dev.firebreak.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public update written with a script, event handlers, a {@code javascript:} link and
 * raw HTML is inert on the status page, its incident page, its feeds and its JSON: the
 * Markdown is rendered, raw HTML stays escaped text and the unsafe link target is gone
 * (the incident page's side is {@code UiNotesAndUpdatesTest}).
 */
@FirebreakTest
class StatusPageMarkdownTest {

	@LocalServerPort
	int port;

	@Autowired
	NotifyFixtures fixtures;

	@Test
	void hostileMarkdownIsInertOnThePublicPages() throws Exception {
		ApiClient api = fixtures.api();
		String team = fixtures.team();
		String responder = fixtures.person("mdwriter", Role.RESPONDER, team);
		String service = fixtures.service(team);
		assertThat(api
			.post("adam", "/api/v1/status-components",
					Map.of("name", "Search " + UUID.randomUUID().toString().substring(0, 6), "services",
							List.of(service)))
			.status()).isEqualTo(201);
		String number = fixtures.reportP1(responder, service, "Search is down");
		String hostile = "**Search** is slow\n\n<script>window.pwned='script'</script>\n\n"
				+ "<img src=x onerror=\"window.pwned='img'\">\n\n[details](javascript:window.pwned='link') and "
				+ "<b onclick=\"window.pwned='b'\">bold</b>";
		assertThat(api
			.post(responder, "/api/v1/incidents/" + number + "/updates",
					Map.of("status", "INVESTIGATING", "message", hostile))
			.status()).isEqualTo(201);

		for (String path : List.of("/status", "/status/incidents/" + number)) {
			String page = get(path);
			assertThat(page).as(path).contains("<strong>Search</strong> is slow");
			// raw HTML stays text: escaped, never a live element or handler
			assertThat(page).as(path)
				.doesNotContain("<script>window.pwned", "<img src=x", "<img src=\"x\"", "<b onclick",
						"javascript:window");
		}
		for (String path : List.of("/status/feed.atom", "/status/feed.rss", "/status/summary.json")) {
			assertThat(get(path)).as(path)
				.doesNotContain("<script>window.pwned", "<img src=x", "<b onclick", "javascript:window");
		}
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
