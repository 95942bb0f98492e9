package dev.firebreak.probe.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.web.Chromium;
import dev.firebreak.web.UiBrowser;
import dev.firebreak.web.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin adds a probe of every kind from the pages, sees each listed as pending until
 * its first check, tests some against real servers on loopback (an HTTP server, a TCP
 * listener, an H2 data source), corrects a refused form that kept its input, and deletes
 * a probe after a confirmation that names what stops. Desktop and 400 px phone width.
 */
@FirebreakTest
@ExtendWith(Chromium.class)
class UiProbePagesTest {

	static final int PHONE = 400;

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	UiFixtures fixtures;

	UiBrowser browser;

	HttpServer http;

	ServerSocket tcp;

	String service;

	String suffix;

	@BeforeEach
	void setUp() throws IOException {
		fixtures = new UiFixtures(port, catalogue);
		browser = new UiBrowser(port);
		service = fixtures.service("ops", 2);
		suffix = UUID.randomUUID().toString().substring(0, 6);
		http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		http.createContext("/health", exchange -> {
			byte[] body = "OK healthy".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		http.start();
		tcp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
	}

	@AfterEach
	void tearDown() throws IOException {
		http.stop(0);
		tcp.close();
	}

	@Test
	void anAdminAddsEveryKindTestsItAndDeletesOne() throws SQLException {
		browser.signIn("adam").open("/admin/probes");
		assertThat(browser.consoleErrors()).isEmpty();

		// HTTP, first with a bad port in the URL and a timeout above the interval
		browser.clickAndLoad(By.id("add-http"));
		browser.type(By.id("name"), "Web " + suffix);
		new Select(browser.find(By.id("service"))).selectByValue(service);
		browser.type(By.id("url"), "http://127.0.0.1:" + http.getAddress().getPort() + "/health");
		browser.type(By.id("keyword"), "healthy");
		browser.type(By.id("intervalSeconds"), "ten");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.text(By.cssSelector(".messages .problem"))).contains("nothing was added");
		assertThat(browser.text(By.id("intervalSeconds-error"))).contains("whole number");
		assertThat(browser.find(By.id("keyword")).getAttribute("value")).as("kept").isEqualTo("healthy");
		assertThat(browser.find(By.id("url")).getAttribute("value")).as("kept").endsWith("/health");
		browser.screenshot("probe-form-errors");
		browser.screenshot("probe-form-errors-phone", PHONE);
		browser.type(By.id("intervalSeconds"), "60");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.path()).isEqualTo("/admin/probes");
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Web " + suffix, "added");

		// TCP
		add("add-tcp", "Port " + suffix);
		browser.type(By.id("host"), "127.0.0.1");
		browser.type(By.id("port"), "70000");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.text(By.id("port-error"))).contains("65535");
		assertThat(browser.find(By.id("host")).getAttribute("value")).as("kept").isEqualTo("127.0.0.1");
		browser.type(By.id("port"), String.valueOf(tcp.getLocalPort()));
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.path()).isEqualTo("/admin/probes");

		// TLS: the form holds only its kind's fields
		add("add-tls", "Cert " + suffix);
		assertThat(browser.findAll(By.id("url"))).isEmpty();
		assertThat(browser.findAll(By.id("query"))).isEmpty();
		assertThat(browser.find(By.id("port")).getAttribute("value")).isEqualTo("443");
		browser.type(By.id("host"), "localhost");
		browser.click(By.id("allowUntrusted"));
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.path()).isEqualTo("/admin/probes");

		// DNS, first with a name no resolver can hold
		add("add-dns", "Name " + suffix);
		browser.type(By.id("host"), "bad..name");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.text(By.id("host-error"))).isNotBlank();
		browser.type(By.id("host"), "localhost");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.path()).isEqualTo("/admin/probes");

		// data integrity, against the test data source, first with a write
		String table = "orders_" + suffix;
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:check-data;DB_CLOSE_DELAY=-1", "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table " + table + " (id int primary key, total int)");
			statement.execute("insert into " + table + " values (1, 10)");
		}
		add("add-data_integrity", "Data " + suffix);
		new Select(browser.find(By.id("dataSource"))).selectByValue("test-data");
		browser.type(By.id("query"), "delete from " + table);
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.text(By.id("query-error"))).containsIgnoringCase("select");
		assertThat(browser.find(By.id("query")).getAttribute("value")).as("kept").isEqualTo("delete from " + table);
		browser.type(By.id("query"), "select id from " + table + " where total < 0");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.path()).isEqualTo("/admin/probes");

		// heartbeat: the secret address, once, with a copy button and examples
		add("add-heartbeat", "Backup " + suffix);
		assertThat(browser.findAll(By.id("timeoutMs"))).isEmpty();
		browser.type(By.id("intervalSeconds"), "3600");
		browser.clickAndLoad(By.id("save-probe"));
		String address = browser.text(By.id("ping-address"));
		assertThat(address).startsWith("http://localhost:" + port + "/api/v1/ping/");
		assertThat(browser.text(By.id("ping-examples"))).contains("curl -fsS --retry 3 " + address,
				"-X POST " + address, address + "/start", address + "/fail");
		assertThat(browser.find(By.id("copy-address")).getText()).isEqualTo("Copy");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("probe-heartbeat-address");
		browser.screenshot("probe-heartbeat-address-phone", PHONE);
		browser.clickAndLoad(By.id("back-to-probes"));

		// every kind listed, pending until its first check
		for (String name : new String[] { "Web ", "Port ", "Cert ", "Name ", "Data ", "Backup " }) {
			String row = rowText(name + suffix);
			assertThat(row).as(name).contains("pending", "not yet", "no samples", "none");
		}
		assertThat(rowText("Port " + suffix)).contains("TCP 127.0.0.1:" + tcp.getLocalPort());
		assertThat(rowText("Data " + suffix)).contains("Data integrity", "query on test-data");
		assertThat(browser.pageSource()).doesNotContain("jdbc:h2");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.screenshot("probe-list");
		browser.screenshot("probe-list-phone", PHONE);
		assertThat(browser.fitsWidth(PHONE)).isTrue();

		// test now: shown, not stored
		testNow("Web " + suffix, "up");
		assertThat(browser.text(By.id("test-result"))).contains("Status 200", "ms", "Nothing of this was stored");
		browser.screenshot("probe-test-now");
		browser.screenshot("probe-test-now-phone", PHONE);
		testNow("Port " + suffix, "up");
		testNow("Data " + suffix, "up");
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:check-data;DB_CLOSE_DELAY=-1", "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("insert into " + table + " values (2, -5)");
		}
		testNow("Data " + suffix, "down");
		browser.open("/admin/probes");
		assertThat(rowText("Data " + suffix)).as("a test stores nothing").contains("pending", "no samples", "none");

		// edit keeps the kind's fields and saves
		browser.clickAndLoad(By.linkText("Port " + suffix));
		assertThat(browser.find(By.id("port")).getAttribute("value")).isEqualTo(String.valueOf(tcp.getLocalPort()));
		browser.type(By.id("timeoutMs"), "90000");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.text(By.cssSelector(".messages .problem"))).contains("nothing was changed");
		assertThat(browser.text(By.id("timeoutMs-error"))).isNotBlank();
		browser.type(By.id("timeoutMs"), "2000");
		browser.clickAndLoad(By.id("save-probe"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("saved");

		// delete names what stops
		browser.clickAndLoad(By.linkText("Backup " + suffix));
		browser.clickAndLoad(By.id("delete-probe"));
		assertThat(browser.text(By.id("what-breaks"))).contains("no alert is raised for " + service, "gets “not found”",
				"samples stay");
		browser.screenshot("probe-delete");
		browser.screenshot("probe-delete-phone", PHONE);
		browser.clickAndLoad(By.id("confirm-delete"));
		assertThat(browser.text(By.cssSelector(".messages .notice"))).contains("Backup " + suffix, "deleted");
		assertThat(browser.pageSource()).doesNotContain("Backup " + suffix + "<");
		assertThat(fixtures.api().get("adam", "/api/v1/probes").body().toString()).doesNotContain("Backup " + suffix)
			.contains("Port " + suffix);
	}

	private void add(String button, String name) {
		browser.open("/admin/probes");
		browser.clickAndLoad(By.id(button));
		browser.type(By.id("name"), name);
		new Select(browser.find(By.id("service"))).selectByValue(service);
	}

	private String rowText(String name) {
		return browser.text(By.xpath("//table[@id='probes']//tr[.//a[normalize-space()='" + name + "']]"));
	}

	private void testNow(String name, String expected) {
		browser.open("/admin/probes");
		browser.clickAndLoad(By.linkText(name));
		browser.clickAndLoad(By.id("test-now"));
		assertThat(browser.text(By.cssSelector("#test-result h2"))).as(name).contains(expected);
	}

}
