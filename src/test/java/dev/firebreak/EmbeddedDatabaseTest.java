package dev.firebreak;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no configuration Firebreak keeps its data in an H2 file database that survives
 * restarts.
 */
class EmbeddedDatabaseTest {

	@TempDir
	Path directory;

	@Test
	void theDefaultDatabaseIsAnH2FileUnderData() throws Exception {
		PropertySource<?> defaults = new YamlPropertySourceLoader()
			.load("defaults", new ClassPathResource("application.yaml"))
			.get(0);

		assertThat(defaults.getProperty("spring.datasource.url")).asString().startsWith("jdbc:h2:file:./data/");
	}

	@Test
	void incidentsAndTheirRouteSurviveARestart() {
		String url = "jdbc:h2:file:" + directory.resolve("firebreak") + ";DB_CLOSE_ON_EXIT=FALSE";
		String number;
		try (ConfigurableApplicationContext app = start(url)) {
			app.getBean(ServiceCatalogue.class).register(new MonitoredService("billing", 2, "ops"));
			number = app.getBean(IncidentService.class)
				.report(new NewIncident("Invoices not sent", null, "billing", Severity.HIGH, Impact.MEDIUM), "rita")
				.number();
		}

		try (ConfigurableApplicationContext app = start(url)) {
			Incident incident = app.getBean(IncidentService.class).get(number);
			assertThat(incident.title()).isEqualTo("Invoices not sent");
			assertThat(app.getBean(org.camunda.bpm.engine.TaskService.class)
				.createTaskQuery()
				.processInstanceBusinessKey(number)
				.taskDefinitionKey("task_diagnose")
				.count()).isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		Map<String, String> properties = Map.of("spring.datasource.url", url, "server.port", "0",
				"camunda.bpm.job-execution.enabled", "false", "firebreak.security.bcrypt-strength", "4",
				// its own engine name (no hyphens: Camunda ignores such names): closing
				// it must not unregister the shared test context's engine
				"camunda.bpm.process-engine-name", "restart" + UUID.randomUUID().toString().replace("-", ""));
		// As command-line arguments: default properties would lose to application.yaml,
		// and the test would use ./data instead of its temporary directory.
		return new SpringApplicationBuilder(FirebreakApplication.class).run(
				properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}

}
