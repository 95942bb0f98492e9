package dev.firebreak.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, opened by the people who use it, has no serious or critical problem that
 * axe-core finds, at laptop width and at phone width. The problems of all pages are
 * gathered first and reported together, so one run names everything to fix.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiAccessibilityTest {

	private static final List<Integer> WIDTHS = List.of(1280, 400);

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	UiFixtures fixtures;

	UiBrowser browser;

	final List<String> problems = new ArrayList<>();

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@Test
	void everyPagePassesTheAccessibilityCheck() {
		String service = fixtures.service("ops", 1);
		String number = fixtures.report("rita", service, "Checkout returns 502", "CRITICAL", "HIGH");
		String task = fixtures.openTask(number);
		fixtures.api().post("rita", "/api/v1/tasks/" + task + "/claim", null);
		long silence = created(fixtures.api()
			.post("mona", "/api/v1/silences",
					Map.of("matchers", List.of(Map.of("name", "service", "operator", "EQUAL", "value", service)),
							"startsAt", Instant.now().toString(), "endsAt",
							Instant.now().plus(Duration.ofHours(2)).toString(), "comment", "Deploying")));
		Instant start = Instant.now().plus(Duration.ofDays(3));
		long window = created(fixtures.api()
			.post("mona", "/api/v1/maintenance-windows", Map.of("service", service, "startsAt", start.toString(),
					"endsAt", start.plus(Duration.ofHours(2)).toString(), "description", "Kernel updates")));
		long probe = created(fixtures.api()
			.post("adam", "/api/v1/probes", Map.of("name", "Status " + service, "url",
					"https://status.example.org/health", "service", service)));

		browser.signOut();
		check("/login");
		check("/status");

		browser.signIn("rita");
		check("/work");
		check("/tasks/" + task);
		check("/incidents/" + number);
		check("/incidents");
		check("/incidents/new");
		check("/incidents/major");
		check("/reports/daily");
		check("/reports/reviews");
		check("/reports/goals");
		check("/schedules");
		check("/policies");
		check("/silences");
		check("/me/notifications");
		check("/me/settings");

		browser.signIn("mona");
		check("/dashboard");
		check("/dashboard?range=custom&from=2026-03-09&to=2026-03-02&team=no-such-team");
		check("/dashboard/incidents?kind=open&team=ops");
		check("/incidents/" + number);
		check("/issue-log");
		check("/reports/sla");
		check("/reports/reviews?cadence=quarter");
		check("/reports/goals");
		check("/silences/new");
		check("/silences/" + silence);
		check("/maintenance");
		check("/maintenance/" + window);
		check("/schedules/new");
		check("/policies/new");
		followFirst("/schedules", "a[href^='/schedules/']:not([href$='/new'])");

		browser.signIn("adam");
		check("/admin/services");
		check("/admin/services/" + service);
		check("/admin/integrations");
		check("/admin/probes");
		check("/admin/probes/new?kind=HTTP");
		check("/admin/probes/" + probe);
		check("/admin/probes/" + probe + "/delete");
		check("/admin/people");
		check("/admin/people/rita");
		check("/admin/people/rita/notifications");
		check("/admin/people/rita/disable");
		check("/admin/services/" + service + "/disable");
		long integration = fixtures.api()
			.post("adam", "/api/v1/integrations",
					Map.of("name", "a11y-" + service, "type", "GENERIC", "defaultService", service))
			.body()
			.at("/integration/id")
			.asLong();
		check("/admin/integrations/" + integration + "/test-alert/"
				+ fixtures.api()
					.post("adam", "/api/v1/integrations/" + integration + "/test-alert", null)
					.body()
					.get("alertId")
					.asLong());
		check("/admin/teams");
		check("/admin/destinations");
		check("/admin/status-components");

		browser.signIn("audra");
		check("/audit/verify");
		check("/issue-log?service=" + service);
		browser.clickAndLoad(By.id("export"));
		browser.waitUntil(Duration.ofSeconds(30), done -> !browser.findAll(By.id("export-download")).isEmpty());
		check(browser.path());

		browser.signIn("otto");
		check("/tasks/" + task);

		assertThat(problems).as("serious and critical accessibility problems").isEmpty();
	}

	private void followFirst(String list, String link) {
		browser.open(list);
		List<org.openqa.selenium.WebElement> links = browser.findAll(By.cssSelector(link));
		if (!links.isEmpty()) {
			check(links.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
		}
	}

	private void check(String path) {
		for (int width : WIDTHS) {
			browser.open(path);
			browser.atWidth(width, () -> {
				browser.accessibilityProblems()
					.forEach(problem -> problems.add(path + " at " + width + " px: " + problem));
				return null;
			});
		}
	}

	private static long created(dev.firebreak.ApiClient.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().get("id").asLong();
	}

}
