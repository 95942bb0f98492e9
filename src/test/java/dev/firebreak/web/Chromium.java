package dev.firebreak.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium for the whole test run (starting one takes seconds), driven
 * through Debian's chromedriver. Selenium Manager never runs: driver and browser are
 * named, so nothing is downloaded.
 * <p>
 * Without /usr/bin/chromedriver the browser tests are skipped with a message, except
 * where they are required (CI=true or FIREBREAK_TEST_BROWSER_REQUIRED=true, as .ci/run
 * sets): then they fail. Install with {@code apt-get install chromium chromium-driver}.
 */
public class Chromium implements ExecutionCondition {

	static final File DRIVER = new File("/usr/bin/chromedriver");

	static final String BINARY = "/usr/bin/chromium";

	private static ChromeDriver driver;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (DRIVER.canExecute() && new File(BINARY).canExecute()) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
		}
		String message = "No " + DRIVER + " or " + BINARY + " (apt-get install chromium chromium-driver)";
		if (required()) {
			throw new IllegalStateException(message + ": the browser tests are required here and cannot run.");
		}
		return ConditionEvaluationResult.disabled(message + ": browser tests skipped.");
	}

	/** The shared browser, started on first use and closed when the test JVM ends. */
	static synchronized ChromeDriver driver() {
		if (driver == null) {
			driver = start();
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "chromium-shutdown"));
		}
		return driver;
	}

	/**
	 * A browser of its own with JavaScript switched off, as some visitors (and some
	 * corporate proxies) have it. The caller quits it.
	 */
	public static ChromeDriver withoutJavaScript() {
		return start(Map.of("profile.managed_default_content_settings.javascript", 2));
	}

	/**
	 * A second browser, with its own cookies: a second person watching the same pages
	 * (the live pages tests). The caller quits it.
	 */
	public static ChromeDriver another() {
		return start();
	}

	/**
	 * A second browser whose clock is in the given zone, as a person elsewhere has it
	 * (the time zone tests). The caller quits it.
	 */
	public static ChromeDriver inZone(String zone) {
		return start(Map.of(), zone);
	}

	private static ChromeDriver start() {
		return start(Map.of());
	}

	private static ChromeDriver start(Map<String, Object> preferences) {
		return start(preferences, "UTC");
	}

	/**
	 * Browsers run in UTC unless a test says otherwise, whatever the machine's zone:
	 * pages take the browser's zone for people who chose none, and the tests read times
	 * in UTC.
	 */
	private static ChromeDriver start(Map<String, Object> preferences, String zone) {
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.getPath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", zone))
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + freshProfile());
		// the console log, read by the tests to fail on any error a page produces
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		if (!preferences.isEmpty()) {
			options.setExperimentalOption("prefs", preferences);
		}
		return new ChromeDriver(service, options);
	}

	private static String freshProfile() {
		try {
			File profile = Files.createTempDirectory("firebreak-chromium").toFile();
			profile.deleteOnExit();
			return profile.getAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI"))
				|| "true".equalsIgnoreCase(System.getenv("FIREBREAK_TEST_BROWSER_REQUIRED"));
	}

}
