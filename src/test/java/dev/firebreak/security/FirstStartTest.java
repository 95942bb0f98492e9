package dev.firebreak.security;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On an empty user table Firebreak creates {@code admin}: with FIREBREAK_ADMIN_PASSWORD
 * when it is set, otherwise with a generated password printed once. Each start here is a
 * whole application on its own fresh database, without the test profile (so without the
 * test people).
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	private static final Pattern GENERATED = Pattern.compile("\\n\\s{6}(\\S{24})\\s*\\n");

	@TempDir
	Path directory;

	@Test
	void withoutAPasswordSetOneIsGeneratedAndPrintedOnceOnly(CapturedOutput output) {
		String url = "jdbc:h2:file:" + directory.resolve("first") + ";DB_CLOSE_ON_EXIT=FALSE";
		String password;
		try (ConfigurableApplicationContext app = start(url, Map.of())) {
			assertThat(output.getOut()).contains("FIRST START: created the user 'admin'");
			Matcher matcher = GENERATED.matcher(output.getOut());
			assertThat(matcher.find()).isTrue();
			password = matcher.group(1);
			assertThat(signInAsAdmin(app, password).body().get("roles").toString()).isEqualTo("[\"ADMIN\"]");
			assertThat(signInAsAdmin(app, "demo").status()).isEqualTo(401);
		}
		int afterFirstStart = output.getOut().length();

		try (ConfigurableApplicationContext app = start(url, Map.of())) {
			String restart = output.getOut().substring(afterFirstStart);
			assertThat(restart).doesNotContain("FIRST START").doesNotContain(password);
			assertThat(signInAsAdmin(app, password).status()).isEqualTo(200);
		}
		assertThat(occurrences(output.getOut(), password)).as("printed exactly once").isEqualTo(1);
	}

	@Test
	void withFirebreakAdminPasswordThatPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
		String password = "a chosen admin passphrase";
		try (ConfigurableApplicationContext app = start(memoryDatabase(),
				Map.of("FIREBREAK_ADMIN_PASSWORD", password))) {
			assertThat(signInAsAdmin(app, password).status()).isEqualTo(200);
		}
		assertThat(output.getOut()).contains("with the password from FIREBREAK_ADMIN_PASSWORD")
			.doesNotContain("FIRST START")
			.doesNotContain(password);
	}

	@Test
	void aWeakFirebreakAdminPasswordStopsTheStartWithoutEchoingIt(CapturedOutput output) {
		assertThatThrownBy(() -> start(memoryDatabase(), Map.of("FIREBREAK_ADMIN_PASSWORD", "password1234")).close())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("FIREBREAK_ADMIN_PASSWORD")
			.hasMessageContaining("too common")
			.hasMessageNotContaining("password1234");
		assertThat(output.getOut()).doesNotContain("password1234");
	}

	private static Response signInAsAdmin(ConfigurableApplicationContext app, String password) {
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		return new ApiClient(port).call(Credentials.basic("admin", password), HttpMethod.GET, "/api/v1/me", null);
	}

	private static String memoryDatabase() {
		return "jdbc:h2:mem:first-" + UUID.randomUUID();
	}

	private static ConfigurableApplicationContext start(String url, Map<String, Object> extra) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("server.port", "0");
		properties.put("camunda.bpm.job-execution.enabled", "false");
		// its own engine name (no hyphens, which Camunda ignores): closing it must not
		// unregister the shared test context's engine
		properties.put("camunda.bpm.process-engine-name", "firstStart" + UUID.randomUUID().toString().replace("-", ""));
		properties.put("firebreak.security.bcrypt-strength", "4");
		properties.putAll(extra);
		// as command-line arguments: they outrank application.yaml, default properties do
		// not
		return new SpringApplicationBuilder(FirebreakApplication.class).run(
				properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
