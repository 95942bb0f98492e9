package barewebapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the production-scale benchmark's cold start: a bare Spring Boot web
 * application (embedded Tomcat, Spring MVC, Jackson, one endpoint), started by the same
 * command and class path as Firebreak. Its auto-configuration is listed, not discovered:
 * on Firebreak's class path discovery would start a database, Liquibase and the engine.
 * Outside {@code dev.firebreak}, so that the application's component scan (and the
 * tests') never finds it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class })
@RestController
public class BareWebApp {

	@GetMapping("/health")
	String health() {
		return "UP";
	}

	public static void main(String[] args) {
		SpringApplication.run(BareWebApp.class, args);
	}

}
