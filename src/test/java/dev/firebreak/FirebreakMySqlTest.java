package dev.firebreak;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context the MySQL tests share: {@link FirebreakTest}'s context, but on
 * the real MySQL-protocol test database. The database is pointed at by an initializer
 * rather than a {@code @DynamicPropertySource} per class, since each such method is a
 * context cache key of its own and cost every class a boot of the whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MySqlTestDatabase.class)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = FirebreakApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = MySqlTestDatabase.Initializer.class)
@ActiveProfiles({ "test", "mysql" })
@Import(TestClockConfiguration.class)
public @interface FirebreakMySqlTest {

}
