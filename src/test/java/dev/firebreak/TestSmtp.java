package dev.firebreak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The real SMTP server of the mail tests: a port chosen once per test JVM (free when
 * chosen), which every application started in the tests sends mail to, and on which each
 * mail test starts GreenMail. A fixed port would collide with another build, or with a
 * demo running on the same machine.
 */
public final class TestSmtp implements EnvironmentPostProcessor {

	public static final int PORT = freePort();

	/** A GreenMail server on the tests' port that accepts mail for anyone. */
	public static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// above the application's files (which name a production server), below the
		// command line
		MapPropertySource smtp = new MapPropertySource("test-smtp",
				Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT));
		if (environment.getPropertySources().contains("commandLineArgs")) {
			environment.getPropertySources().addAfter("commandLineArgs", smtp);
		}
		else {
			environment.getPropertySources().addFirst(smtp);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
