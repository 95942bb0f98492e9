package dev.firebreak.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
 * Every page renders without a console error (scripts, the content security policy,
 * failed loads) for the people who use it, and leaves a screenshot in target/screenshots/
 * to look at. The route diagram draws and outlines the current stage.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	UiFixtures fixtures;

	UiBrowser browser;

	@BeforeEach
	void setUp() {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
	}

	@Test
	void theRouteDiagramOutlinesTheCurrentStage() {
		String number = fixtures.report("rita", fixtures.service("ops", 2), "Diagram check", "HIGH", "MEDIUM");

		browser.signIn("rita").open("/incidents/" + number);

		browser.find(By.cssSelector("#diagram.loaded"));
		assertThat(browser.findAll(By.cssSelector("#diagram .djs-element.highlight"))).singleElement()
			.satisfies(element -> assertThat(element.getAttribute("data-element-id")).isEqualTo("task_diagnose"));
		assertThat(browser.findAll(By.cssSelector("#diagram .djs-element")).size()).as("the whole route is drawn")
			.isGreaterThan(30);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void everyPageRendersWithoutConsoleErrors() {
		String service = fixtures.service("ops", 1);
		String number = fixtures.report("rita", service, "Checkout returns 502", "CRITICAL", "HIGH");
		String task = fixtures.openTask(number);
		fixtures.api().post("rita", "/api/v1/tasks/" + task + "/claim", null);
		fixtures.report("ravi", fixtures.service("ops", 3), "Nightly report is late", "LOW", "LOW");

		Map<String, String> pages = new LinkedHashMap<>();
		browser.open("/login");
		check("login", "Sign in");

		browser.signIn("rita");
		pages.put("my-work", "/work");
		pages.put("task-diagnosis", "/tasks/" + task);
		pages.put("incident", "/incidents/" + number);
		pages.put("incidents", "/incidents");
		pages.put("report", "/incidents/new");
		pages.put("reports-daily-responder", "/reports/daily");
		visit(pages);
		browser.open("/work");
		browser.screenshot("my-work-phone", 390);
		browser.open("/incidents/" + number);
		browser.find(By.cssSelector("#diagram.loaded"));
		browser.screenshot("incident-phone", 390);

		browser.signIn("mona").open("/dashboard");
		browser.waitUntil(drawn -> browser.find(By.id("open-chart")).getSize().getHeight() > 100);
		check("dashboard", "Dashboard");
		browser.click(By.cssSelector("#open-figures summary"));
		assertThat(browser.text(By.id("open-by-team"))).contains("ops");
		for (String chart : java.util.List.of("mtta-chart", "mttr-chart", "flow-chart")) {
			assertThat(browser.script("return Chart.getChart(document.getElementById(arguments[0])) != null", chart))
				.as("%s is drawn", chart)
				.isEqualTo(true);
		}
		assertThat(browser.findAll(By.cssSelector("#speed-by-week tbody tr"))).hasSize(8);
		pages.clear();
		pages.put("incident-manager", "/incidents/" + number);
		pages.put("issue-log-manager", "/issue-log");
		pages.put("reports-sla-manager", "/reports/sla");
		visit(pages);

		browser.signIn("adam");
		pages.clear();
		pages.put("admin-services", "/admin/services");
		pages.put("admin-integrations", "/admin/integrations");
		pages.put("admin-probes", "/admin/probes");
		pages.put("admin-probe-new-http", "/admin/probes/new?kind=HTTP");
		pages.put("admin-probe-new-data-integrity", "/admin/probes/new?kind=DATA_INTEGRITY");
		pages.put("admin-people", "/admin/people");
		pages.put("admin-person", "/admin/people/rita");
		pages.put("admin-teams", "/admin/teams");
		pages.put("admin-disable-person", "/admin/people/rita/disable");
		pages.put("my-settings", "/me/settings");
		visit(pages);

		browser.signIn("audra");
		pages.clear();
		pages.put("incidents-auditor", "/incidents");
		pages.put("issue-log", "/issue-log?service=" + service);
		pages.put("issue-log-errors", "/issue-log?from=yesterday&service=" + service);
		pages.put("reports-daily", "/reports/daily");
		pages.put("reports-sla", "/reports/sla");
		pages.put("audit-verify", "/audit/verify");
		visit(pages);
		browser.open("/issue-log?service=" + service);
		browser.clickAndLoad(By.id("export"));
		browser.waitUntil(java.time.Duration.ofSeconds(30),
				done -> !browser.findAll(By.id("export-download")).isEmpty());
		check("export-done", "Export");
		browser.screenshot("export-phone", 390);

		browser.signIn("otto").open("/tasks/" + task);
		assertThat(browser.text(By.cssSelector(".status-code"))).isEqualTo("403");
		browser.screenshot("error-403");
		assertThat(browser.consoleErrors()).as("only the refused page itself")
			.allSatisfy(error -> assertThat(error).contains("status of 403"));
	}

	private void visit(Map<String, String> pages) {
		pages.forEach((name, path) -> {
			browser.open(path);
			check(name, null);
		});
	}

	private void check(String name, String title) {
		browser.waitUntil(done -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) done).executeScript("return document.readyState")));
		if (browser.findAll(By.id("diagram")).size() == 1) {
			browser.find(By.cssSelector("#diagram.loaded"));
		}
		if (title != null) {
			assertThat(browser.title()).startsWith(title);
		}
		assertThat(browser.findAll(By.cssSelector(".status-code"))).as("%s is not an error page", name).isEmpty();
		assertThat(browser.consoleErrors()).as("console errors on %s", name).isEmpty();
		Path shot = browser.screenshot(name);
		assertThat(shot).exists();
		assertThat(size(shot)).as("a real picture").isGreaterThan(5_000);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
