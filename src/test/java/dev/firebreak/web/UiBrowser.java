package dev.firebreak.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.firebreak.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the UI tests do in the shared browser, in a person's terms: sign in, open a page,
 * click, type; and what they check beyond the page: the console log and screenshots
 * (target/screenshots/, kept as test artifacts).
 */
public class UiBrowser {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Dimension LAPTOP = new Dimension(1280, 900);

	private final ChromeDriver driver;

	private final String base;

	/** Starts with an empty console log: what earlier tests left there is not ours. */
	public UiBrowser(int port) {
		this(port, Chromium.driver());
	}

	/** In a browser of its own ({@link Chromium#another()}). */
	public UiBrowser(int port, ChromeDriver driver) {
		this.driver = driver;
		this.base = "http://localhost:" + port;
		consoleErrors();
	}

	/** Signs out whoever was signed in, then signs in through the login form. */
	public UiBrowser signIn(String username) {
		return signIn(username, ApiClient.PASSWORD);
	}

	public UiBrowser signIn(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		clickAndLoad(By.id("sign-in"));
		return this;
	}

	/** Forgets the session: the next page is what someone who is not signed in sees. */
	public UiBrowser signOut() {
		open("/login");
		driver.manage().deleteAllCookies();
		return this;
	}

	public UiBrowser open(String path) {
		driver.get(base + path);
		return this;
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public WebElement find(By by) {
		return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	public String text(By by) {
		return retryingStale(driver -> driver.findElement(by).getText());
	}

	/**
	 * Runs a script in the page and returns what it returns (numbers come as Long or
	 * Double).
	 */
	public Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	public String title() {
		return driver.getTitle();
	}

	public String pageSource() {
		return driver.getPageSource();
	}

	public void click(By by) {
		waitUntil(ExpectedConditions.elementToBeClickable(by));
		retryingStale(driver -> {
			driver.findElement(by).click();
			return true;
		});
	}

	/**
	 * Runs a step again when the element went stale between finding and using it: pages
	 * that refresh their lists (My work, every 30 s through htmx) can swap the DOM at any
	 * moment, more so on a loaded machine.
	 */
	private <T> T retryingStale(java.util.function.Function<org.openqa.selenium.WebDriver, T> step) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(driver -> {
				try {
					return step.apply(driver);
				}
				catch (org.openqa.selenium.WebDriverException ex) {
					if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
						return null;
					}
					throw ex;
				}
			});
	}

	/**
	 * Clicks something that loads a new page (a link, a form's button) and waits for it.
	 */
	public void clickAndLoad(By by) {
		WebElement page = driver.findElement(By.tagName("html"));
		click(by);
		waitUntil(driver -> left(page));
		waitUntil(done -> "complete".equals(driver.executeScript("return document.readyState")));
	}

	/**
	 * Whether the element left the document. Chromium reports a node of an unloaded page
	 * either as stale or, since about version 156, as one that "does not belong to the
	 * document"; both mean the page went.
	 */
	private static boolean left(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Clicks a point of the element, given from its centre (a bar of a chart, which only
	 * the chart's script knows where it is).
	 */
	public void clickAt(WebElement element, int fromCentreX, int fromCentreY) {
		new org.openqa.selenium.interactions.Actions(driver).moveToElement(element, fromCentreX, fromCentreY)
			.click()
			.perform();
	}

	public void type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
	}

	public <T> T waitUntil(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
		return waitUntil(Duration.ofSeconds(10), condition);
	}

	/** For what takes longer than a page load, such as a background export. */
	public <T> T waitUntil(Duration timeout,
			java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
		return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(driver -> {
			try {
				return condition.apply(driver);
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				// a node swapped out between finding and checking it: look again
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return null;
				}
				throw ex;
			}
		});
	}

	/**
	 * A cookie of the signed-in browser, for fetching what a page links to (a download)
	 * with the same session.
	 */
	public String cookie(String name) {
		return driver.manage().getCookieNamed(name).getValue();
	}

	/** What a link points to (a workbook), fetched with the signed-in session. */
	public java.net.http.HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
			.header("Cookie", "SESSION=" + cookie("SESSION"))
			.build();
		return java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The console's errors since the last call (reading the log empties it): script
	 * errors, refused content (the content security policy) and failed loads.
	 */
	public List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Whether the page fits the given width (390 is a phone) without scrolling sideways;
	 * back to the laptop size afterwards. Charts redraw at the new width a moment after
	 * the window changes (a resize observer), so the page is given a few seconds to
	 * settle; a page that never fits is named with the elements that stick out.
	 */
	public boolean fitsWidth(int width) {
		try {
			driver.manage().window().setSize(new Dimension(width, LAPTOP.getHeight()));
			try {
				new WebDriverWait(driver, Duration.ofSeconds(3)).until(done -> Boolean.TRUE
					.equals(driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")));
				return true;
			}
			catch (org.openqa.selenium.TimeoutException tooWide) {
				System.err.println("Wider than " + width + " px: " + driver.executeScript(
						"""
								const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) {
								  if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
								// elements and text (a long word overflows its cell, not the cell itself)
								const wide = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
								for (let n = walk.nextNode(); n && wide.length < 8; n = walk.nextNode()) {
								  const range = document.createRange(); range.selectNodeContents(n);
								  const right = (n.nodeType === 1 ? n : range).getBoundingClientRect().right;
								  if (right > window.innerWidth + 1 && !clipped(n)) wide.push((n.nodeType === 1
								    ? n.tagName + '#' + n.id + '.' + n.className
								    : 'text "' + n.textContent.trim().slice(0, 40) + '" in ' + n.parentElement.tagName) + ' ' + Math.round(right));
								}
								return wide.join(', ')"""));
				return false;
			}
		}
		finally {
			driver.manage().window().setSize(LAPTOP);
		}
	}

	/**
	 * Runs the check with the window at the given width (400 is a phone), then back to
	 * the laptop size.
	 */
	public <T> T atWidth(int width, java.util.function.Supplier<T> check) {
		try {
			driver.manage().window().setSize(new Dimension(width, LAPTOP.getHeight()));
			return check.get();
		}
		finally {
			driver.manage().window().setSize(LAPTOP);
		}
	}

	/**
	 * The elements matching the selector whose content runs over their border (wider than
	 * their box), each as its tag, class and the start of its text: what should wrap
	 * inside its card or cell and does not.
	 */
	@SuppressWarnings("unchecked")
	public List<String> overflowing(String selector) {
		return (List<String>) driver.executeScript("""
				return Array.from(document.querySelectorAll(arguments[0]))
				  .filter(e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right
				      > e.parentElement.getBoundingClientRect().right + 1)
				  .map(e => e.tagName + '.' + e.className + ' ' + e.textContent.trim().substring(0, 40));
				""", selector);
	}

	/** The whole page, as tall as it is, at laptop width. */
	public Path screenshot(String name) {
		return screenshot(name, LAPTOP.getWidth());
	}

	/**
	 * The whole page at the given width (390 is a phone), then back to the laptop size.
	 */
	public Path screenshot(String name, int width) {
		try {
			driver.manage().window().setSize(new Dimension(width, LAPTOP.getHeight()));
			long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
			// the window is taller than the page's viewport (headless Chromium keeps a
			// frame)
			long frame = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
			driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + frame, 600), 6000)));
			// let the page settle at its new size (the route diagram fits itself again)
			Thread.sleep(300);
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			driver.manage().window().setSize(LAPTOP);
		}
	}

	/**
	 * The serious and critical problems axe-core finds on the page as it is now (WCAG 2.x
	 * A and AA rules and axe's best practices), each as its rule, what it asks for and
	 * the first elements that break it. Moderate and minor findings are left out.
	 */
	public List<String> accessibilityProblems() {
		List<Rule> violations = new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
			// in the page itself: the default opens a blank window to merge frames, which
			// a loaded machine times out on, and no page of ours has frames
			.setLegacyMode(true)
			.analyze(driver)
			.getViolations();
		return violations.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
					+ rule.getNodes().stream().limit(3).map(node -> node.getTarget() + " " + node.getHtml()).toList())
			.toList();
	}

}
