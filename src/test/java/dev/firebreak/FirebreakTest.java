package dev.firebreak;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context the H2 tests share: the whole app on a random port, an in-memory
 * database, no job executor (tests run timer jobs themselves) and a clock that follows
 * the engine's, so that moving time moves both. Metrics are kept and exported as in
 * production (Spring Boot's tests switch them off otherwise), for MetricsEndpointTest.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public @interface FirebreakTest {

}
