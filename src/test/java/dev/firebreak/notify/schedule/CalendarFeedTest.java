package dev.firebreak.notify.schedule;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Download;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feeds as a calendar app meets them: fetched without signing in, read by an
 * iCalendar parser, gone once revoked, and refused for any token but the current one.
 */
@FirebreakTest
class CalendarFeedTest {

	@LocalServerPort
	int port;

	ApiClient api;

	final List<Long> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		ClockUtil.setCurrentTime(Date.from(ScheduleApiTest.NOW));
	}

	@AfterEach
	void tearDown() {
		created.forEach(id -> api.delete("adam", "/api/v1/schedules/" + id));
		ClockUtil.reset();
	}

	@Test
	void aScheduleFeedListsEveryShiftWithoutSigningIn() throws Exception {
		String name = "Primary " + UUID.randomUUID().toString().substring(0, 8);
		long id = create(name);
		assertThat(api
			.post("ravi", "/api/v1/schedules/" + id + "/overrides", Map.of("username", "ravi", "start",
					"2025-03-05T11:00:00Z", "end", "2025-03-05T15:00:00Z", "note", "covering for Rita"))
			.status()).isEqualTo(201);
		String url = feedUrl("otto", "/api/v1/schedules/" + id + "/feed");
		assertThat(url).startsWith("http://localhost:8080/calendars/schedules/" + id + ".ics?token=");

		Download feed = api.download(null, path(url));

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("text/calendar");
		assertThat(feed.headers().get("Set-Cookie")).as("no session").isNull();
		String text = new String(feed.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("BEGIN:VCALENDAR")
			.contains("VERSION:2.0", "PRODID:-//Firebreak//On-call shifts//EN", "X-WR-CALNAME:On call: " + name,
					"DTSTART:20250301T080000Z")
			.doesNotContain("VTIMEZONE");
		List<VEvent> events = events(feed);
		// the window: 14 days back and 56 ahead of 5 March, cut at whole days; the
		// schedule starts on 1 March at 09:00 in Berlin
		VEvent first = events.get(0);
		assertThat(value(first, Property.DTSTART)).isEqualTo("20250301T080000Z");
		assertThat(value(first, Property.DTEND)).isEqualTo("20250302T080000Z");
		assertThat(value(first, Property.SUMMARY)).isEqualTo("On call: " + name + " (Rita Responder)");
		assertThat(value(first, Property.DESCRIPTION)).contains("rotation", "layer 1");
		assertThat(value(events.get(1), Property.SUMMARY)).isEqualTo("On call: " + name + " (Ravi Responder)");
		assertThat(events).extracting(event -> value(event, Property.DTSTART))
			.contains("20250305T110000Z", "20250430T070000Z")
			.doesNotContain("20250501T070000Z");
		VEvent override = events.stream()
			.filter(event -> value(event, Property.DTSTART).equals("20250305T110000Z"))
			.findFirst()
			.orElseThrow();
		assertThat(value(override, Property.DTEND)).isEqualTo("20250305T150000Z");
		assertThat(value(override, Property.SUMMARY)).contains("Ravi Responder");
		assertThat(value(override, Property.DESCRIPTION)).contains("override");
		assertThat(events).extracting(event -> value(event, Property.UID)).doesNotHaveDuplicates();

		ClockUtil.setCurrentTime(Date.from(ScheduleApiTest.NOW.plusSeconds(3600)));
		assertThat(events(api.download(null, path(url)))).as("the same shifts keep their identity")
			.extracting(event -> value(event, Property.UID))
			.containsExactlyElementsOf(events.stream().map(event -> value(event, Property.UID)).toList());
	}

	@Test
	void aPersonsFeedHoldsTheirShiftsOnEverySchedule() throws Exception {
		long first = create("Primary " + UUID.randomUUID().toString().substring(0, 8));
		long second = create("Secondary " + UUID.randomUUID().toString().substring(0, 8));
		String url = feedUrl("rita", "/api/v1/me/calendar-feed");
		assertThat(url).startsWith("http://localhost:8080/calendars/people/rita.ics?token=");

		List<VEvent> events = events(api.download(null, path(url)));

		assertThat(events).isNotEmpty()
			.allSatisfy(event -> assertThat(value(event, Property.SUMMARY)).endsWith("(Rita Responder)"));
		assertThat(events).extracting(event -> value(event, Property.UID))
			.anySatisfy(uid -> assertThat(uid).startsWith("shift-" + first + "-rita-"))
			.anySatisfy(uid -> assertThat(uid).startsWith("shift-" + second + "-rita-"));
		assertThat(api.download(null, path(url).replace("/rita.ics", "/ravi.ics")).status())
			.as("a token is for one person")
			.isEqualTo(404);
	}

	@Test
	void aRevokedAddressStopsWorkingAndTheNewOneWorks() {
		long id = create("Primary " + UUID.randomUUID().toString().substring(0, 8));
		String old = feedUrl("rita", "/api/v1/schedules/" + id + "/feed");

		Response revoked = api.post("mona", "/api/v1/schedules/" + id + "/feed/revoke", Map.of());

		assertThat(revoked.status()).isEqualTo(200);
		String fresh = revoked.body().get("url").asText();
		assertThat(fresh).isNotEqualTo(old);
		assertThat(api.download(null, path(old)).status()).isEqualTo(404);
		assertThat(api.download(null, path(fresh)).status()).isEqualTo(200);
		assertThat(feedUrl("rita", "/api/v1/schedules/" + id + "/feed")).isEqualTo(fresh);

		String mine = feedUrl("ravi", "/api/v1/me/calendar-feed");
		String myNew = api.post("ravi", "/api/v1/me/calendar-feed/revoke", Map.of()).body().get("url").asText();
		assertThat(myNew).isNotEqualTo(mine);
		assertThat(api.download(null, path(mine)).status()).isEqualTo(404);
		assertThat(api.download(null, path(myNew)).status()).isEqualTo(200);
		String again = api.post("ravi", "/api/v1/me/calendar-feed/revoke", Map.of()).body().get("url").asText();
		assertThat(api.download(null, path(myNew)).status()).as("revoked twice").isEqualTo(404);
		assertThat(api.download(null, path(again)).status()).isEqualTo(200);
	}

	@Test
	void anyTokenButTheCurrentOneIsNotFound() {
		long id = create("Primary " + UUID.randomUUID().toString().substring(0, 8));
		long other = create("Other " + UUID.randomUUID().toString().substring(0, 8));
		String good = path(feedUrl("rita", "/api/v1/schedules/" + id + "/feed"));
		String token = good.substring(good.indexOf("token=") + "token=".length());
		String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

		assertThat(api.download(null, good).status()).isEqualTo(200);
		for (String wrong : List.of("/calendars/schedules/" + id + ".ics?token=" + tampered,
				"/calendars/schedules/" + id + ".ics", "/calendars/schedules/" + id + ".ics?token=",
				"/calendars/schedules/" + other + ".ics?token=" + token,
				"/calendars/schedules/999999999.ics?token=" + token, "/calendars/schedules/abc.ics?token=" + token,
				"/calendars/people/nobody-here.ics?token=" + token)) {
			Download answer = api.download(null, wrong);
			assertThat(answer.status()).as(wrong).isEqualTo(404);
			assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as("says nothing about why")
				.doesNotContain("token", "revoked", "generation");
		}
	}

	private long create(String name) {
		Response response = api.post("mona", "/api/v1/schedules", ScheduleApiTest.schedule(name));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		long id = response.body().get("id").asLong();
		created.add(id);
		return id;
	}

	private String feedUrl(String user, String path) {
		Response response = api.get(user, path);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body().get("url").asText();
	}

	/** The feed address without the configured base, to reach the test's own port. */
	private static String path(String url) {
		URI uri = URI.create(url);
		return uri.getRawPath() + "?" + uri.getRawQuery();
	}

	private static List<VEvent> events(Download feed) throws Exception {
		assertThat(feed.status()).isEqualTo(200);
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(feed.body()));
		return calendar.getComponents(Component.VEVENT);
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

}
