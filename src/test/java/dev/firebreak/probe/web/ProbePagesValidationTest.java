package dev.firebreak.probe.web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.ApiClient;
import dev.firebreak.BrowserSession;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.probe.Probe;
import dev.firebreak.probe.Probes;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe pages refuse bad input with the form again, the field named, what was typed
 * kept and nothing stored; only admins reach them; a data source's settings never reach a
 * page.
 */
@FirebreakTest
class ProbePagesValidationTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	Probes probes;

	String service;

	String name;

	BrowserSession admin;

	@BeforeEach
	void setUp() {
		service = new UiFixtures(port, catalogue).service("ops", 2);
		name = "Probe " + UUID.randomUUID().toString().substring(0, 8);
		admin = new BrowserSession(port);
		admin.login("adam", ApiClient.PASSWORD);
	}

	@Test
	void aPortOutOfRangeIsNamedAndTheFormKept() {
		HttpResponse<String> page = post(Map.of("kind", "TCP", "host", "db.internal.example", "port", "70000"));
		assertRefused(page, "port-error", "65535");
		assertThat(page.body()).contains("value=\"db.internal.example\"");
	}

	@Test
	void aTimeoutAboveTheIntervalIsNamed() {
		assertRefused(post(Map.of("kind", "HTTP", "url", "http://127.0.0.1:1/health", "intervalSeconds", "10",
				"timeoutMs", "20000")), "timeoutMs-error", "");
	}

	@Test
	void anInvalidDnsNameIsNamed() {
		assertRefused(post(Map.of("kind", "DNS", "host", "-bad..name-")), "host-error", "");
	}

	@Test
	void aDataIntegrityQueryThatIsNotOneSelectIsNamed() {
		HttpResponse<String> page = post(
				Map.of("kind", "DATA_INTEGRITY", "dataSource", "test-data", "query", "select 1; delete from orders"));
		assertRefused(page, "query-error", "");
		assertThat(page.body()).contains("select 1; delete from orders");
	}

	@Test
	void wordsWhereANumberBelongsAndABrokenHeaderAreNamed() {
		HttpResponse<String> page = post(Map.of("kind", "HTTP", "url", "http://127.0.0.1:1/health", "intervalSeconds",
				"a minute", "headers", "Accept application/json"));
		assertRefused(page, "intervalSeconds-error", "whole number");
		assertThat(page.body()).contains("id=\"headers-error\"", "value=\"a minute\"");
	}

	@Test
	void anUnknownKindIsRefused() {
		HttpResponse<String> page = post(Map.of("kind", "SMTP", "url", "http://127.0.0.1:1/health"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("There is no kind of probe called &#39;SMTP&#39;");
		assertNothingStored();
	}

	@Test
	void aDataSourcesAddressAndCredentialsNeverReachThePage() {
		HttpResponse<String> created = post(Map.of("kind", "DATA_INTEGRITY", "dataSource", "test-data", "query",
				"select table_name from information_schema.tables where 1 = 0"));
		assertThat(created.statusCode()).isEqualTo(302);
		Probe probe = probes.list().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
		for (String path : new String[] { "/admin/probes", "/admin/probes/" + probe.id(),
				"/admin/probes/new?kind=DATA_INTEGRITY" }) {
			assertThat(admin.get(path).body()).as(path).contains("test-data").doesNotContain("jdbc:", "check-data");
		}
	}

	@Test
	void onlyAdminsReachThePages() {
		BrowserSession manager = new BrowserSession(port);
		manager.login("mona", ApiClient.PASSWORD);
		assertThat(manager.get("/admin/probes").statusCode()).isEqualTo(403);
		assertThat(manager.get("/admin/probes/new?kind=HEARTBEAT").statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> post(Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("name", name);
		form.put("service", service);
		form.put("_csrf", admin.csrfTokenFrom("/admin/probes/new"));
		return admin.postForm("/admin/probes", form);
	}

	private void assertRefused(HttpResponse<String> page, String errorId, String words) {
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("nothing was added", "id=\"" + errorId + "\"", words)
			.contains("value=\"" + name + "\"");
		assertNothingStored();
	}

	private void assertNothingStored() {
		assertThat(probes.list()).noneMatch(p -> p.name().equals(name));
	}

}
