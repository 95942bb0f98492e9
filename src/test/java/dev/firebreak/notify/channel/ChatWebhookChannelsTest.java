package dev.firebreak.notify.channel;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.firebreak.notify.NotifyProperties;
import dev.firebreak.notify.channel.WebhookReceiver.Received;

import static dev.firebreak.notify.channel.ChannelTestData.delivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The four webhook channels against a real HTTP receiver: each posts its format's exact
 * JSON (compared as a tree with the payload files beside this test), and every kind sorts
 * the receiver's answer alike.
 */
class ChatWebhookChannelsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String SECRET_PATH = "/hooks/T0001/B0001/xoxSecretToken";

	private final NotifyProperties properties = ChannelTestData.properties(Duration.ofSeconds(2));

	private final WebhookPoster poster = new WebhookPoster(properties);

	private final Wording wording = new Wording(properties);

	private final WebhookReceiver receiver = new WebhookReceiver();

	@AfterEach
	void stopReceiver() {
		receiver.close();
	}

	@ParameterizedTest
	@CsvSource({ "SLACK, slack-page.json", "TEAMS, teams-page.json", "DISCORD, discord-page.json",
			"WEBHOOK, webhook-page.json" })
	void postsAPageInTheReceiversOwnFormat(ChannelKind kind, String payloadFile) throws Exception {
		channel(kind).send(delivery(42, kind, receiver.url(SECRET_PATH), "whsec-1", ChannelTestData.page()));

		Received request = receiver.next();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo(SECRET_PATH);
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		assertThat(request.header("User-Agent")).isEqualTo("Firebreak");
		assertThat(JSON.readTree(request.body())).isEqualTo(payload(payloadFile));
	}

	@Test
	void slackEscapesItsControlCharactersAndLeavesOutWhatDoesNotApply() throws Exception {
		Message breach = ChannelTestData.slaBreach();
		Message tricky = new Message(breach.purpose(), "<!channel> & co", breach.reason(), breach.incident(),
				breach.recipient(), null, breach.links());

		JsonNode json = sent(ChannelKind.SLACK, tricky);

		assertThat(json.get("text").asText())
			.isEqualTo("&lt;!channel&gt; &amp; co — <https://firebreak.example/a/open-token-1|Open incident>");
		assertThat(json.at("/attachments/0/text").asText()).doesNotContain("Acknowledge");

		JsonNode test = sent(ChannelKind.SLACK, ChannelTestData.test());
		assertThat(test.get("text").asText()).isEqualTo("Firebreak test notification");
		assertThat(test.at("/attachments/0/color").asText()).isEqualTo("#667085");
		assertThat(test.at("/attachments/0/text").asText()).isEqualTo(
				"You asked for a test of this contact method.\nIf you can read this, pages will reach you here.");
		assertThat(test.at("/attachments/0").has("fields")).isFalse();
		assertThat(test.at("/attachments/0").has("title_link")).isFalse();
	}

	@Test
	void teamsOffersOnlyTheLinksTheMessageHas() throws Exception {
		JsonNode breach = sent(ChannelKind.TEAMS, ChannelTestData.slaBreach());
		JsonNode actions = breach.at("/attachments/0/content/actions");
		assertThat(actions).hasSize(1);
		assertThat(actions.at("/0/title").asText()).isEqualTo("Open incident");

		JsonNode test = sent(ChannelKind.TEAMS, ChannelTestData.test());
		JsonNode card = test.at("/attachments/0/content");
		assertThat(card.has("actions")).isFalse();
		assertThat(card.get("body")).hasSize(3);
		assertThat(card.at("/body/2/text").asText()).isEqualTo("If you can read this, pages will reach you here.");
	}

	@Test
	void discordCannotPingAnyoneAndShowsMarkdownLiterally() throws Exception {
		Message page = ChannelTestData.page();
		Message loud = new Message(page.purpose(), "@everyone *down* [click](https://evil.example)", "x".repeat(5000),
				page.incident(), page.recipient(), null, page.links());

		JsonNode json = sent(ChannelKind.DISCORD, loud);

		assertThat(json.get("allowed_mentions")).isEqualTo(JSON.readTree("{\"parse\":[]}"));
		assertThat(json.get("content").asText()).isEqualTo("@everyone \\*down\\* \\[click\\](https://evil.example)");
		String description = json.at("/embeds/0/description").asText();
		assertThat(description).hasSizeLessThanOrEqualTo(4096)
			.endsWith("[Acknowledge](" + ChannelTestData.ACKNOWLEDGE + ") · [Open incident](" + ChannelTestData.OPEN
					+ ")");
	}

	@Test
	void theGenericWebhookSaysWhichNotificationItIsAndLeavesNoKeyOut() throws Exception {
		channel(ChannelKind.WEBHOOK)
			.send(delivery(7, ChannelKind.WEBHOOK, receiver.url(SECRET_PATH), "whsec-1", ChannelTestData.test()));

		Received request = receiver.next();
		assertThat(JSON.readTree(request.body())).isEqualTo(payload("webhook-test.json"));
		assertThat(request.header("X-Firebreak-Delivery")).isEqualTo("7");
		assertThat(request.header("X-Firebreak-Timestamp"))
			.isEqualTo(Long.toString(ChannelTestData.SENT_AT.getEpochSecond()));
	}

	@Test
	void theGenericWebhookNeedsItsSecret() {
		DeliveryFailure failure = catchThrowableOfType(
				() -> channel(ChannelKind.WEBHOOK)
					.send(delivery(7, ChannelKind.WEBHOOK, receiver.url(SECRET_PATH), null, ChannelTestData.page())),
				DeliveryFailure.class);

		assertThat(failure.permanent()).isTrue();
		assertThat(receiver.all()).isEmpty();
	}

	static Stream<Arguments> answers() {
		int[][] statuses = { { 500, 0 }, { 502, 0 }, { 503, 0 }, { 429, 0 }, { 408, 0 }, { 400, 1 }, { 403, 1 },
				{ 404, 1 }, { 410, 1 } };
		return Stream.of(ChannelKind.SLACK, ChannelKind.TEAMS, ChannelKind.DISCORD, ChannelKind.WEBHOOK)
			.flatMap(kind -> Stream.of(statuses).map(status -> Arguments.of(kind, status[0], status[1] == 1)));
	}

	@ParameterizedTest(name = "{0} answered {1}: permanent {2}")
	@MethodSource("answers")
	void sortsTheReceiversAnswer(ChannelKind kind, int status, boolean permanent) {
		receiver.answer(status, "invalid_token", Map.of());

		DeliveryFailure failure = failure(kind, receiver.url(SECRET_PATH));

		assertThat(failure.permanent()).isEqualTo(permanent);
		assertThat(failure.getMessage()).isEqualTo("the receiver answered " + status + ": invalid_token");
	}

	@ParameterizedTest
	@EnumSource(value = ChannelKind.class, names = "EMAIL", mode = EnumSource.Mode.EXCLUDE)
	void takesAnyTwoHundredAsDelivered(ChannelKind kind) throws Exception {
		receiver.answer(204, "", Map.of());

		channel(kind).send(delivery(1, kind, receiver.url(SECRET_PATH), "whsec-1", ChannelTestData.page()));

		assertThat(receiver.all()).hasSize(1);
	}

	@Test
	void doesNotFollowARedirect() {
		try (WebhookReceiver elsewhere = new WebhookReceiver()) {
			receiver.answer(302, "", Map.of("Location", elsewhere.url("/moved")));

			DeliveryFailure failure = failure(ChannelKind.SLACK, receiver.url(SECRET_PATH));

			assertThat(failure.permanent()).isTrue();
			assertThat(failure.getMessage()).contains("302").contains("redirect").doesNotContain("/moved");
			assertThat(elsewhere.all()).isEmpty();
		}
	}

	@Test
	void aReceiverThatIsDownIsTriedAgainLater() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}

		DeliveryFailure failure = failure(ChannelKind.DISCORD, "http://127.0.0.1:" + closed + SECRET_PATH);

		assertThat(failure.permanent()).isFalse();
		assertThat(failure.getMessage()).contains("could not connect").doesNotContain("xoxSecretToken");
	}

	@Test
	void aReceiverTooSlowToAnswerIsTriedAgainLater() {
		WebhookPoster impatient = new WebhookPoster(ChannelTestData.properties(Duration.ofMillis(300)));
		receiver.answerAfter(Duration.ofSeconds(2));

		DeliveryFailure failure = catchThrowableOfType(
				() -> new TeamsChannel(impatient, wording)
					.send(delivery(1, ChannelKind.TEAMS, receiver.url(SECRET_PATH), null, ChannelTestData.page())),
				DeliveryFailure.class);

		assertThat(failure.permanent()).isFalse();
		assertThat(failure.getMessage()).contains("did not answer");
	}

	@Test
	void neverQuotesTheWebhooksSecretPathFromAnErrorPage() {
		receiver.answer(404, "Cannot POST " + SECRET_PATH + "?token=abc123", Map.of());

		DeliveryFailure failure = failure(ChannelKind.SLACK, receiver.url(SECRET_PATH + "?token=abc123"));

		assertThat(failure.getMessage())
			.isEqualTo("the receiver answered 404: Cannot POST /[webhook path]?[webhook query]");
	}

	@Test
	void quotesOnlyTheStartOfALongErrorAnswer() {
		receiver.answer(400, "e".repeat(100_000), Map.of());

		DeliveryFailure failure = failure(ChannelKind.SLACK, receiver.url(SECRET_PATH));

		assertThat(failure.getMessage()).hasSize("the receiver answered 400: ".length() + 300 + 1);
	}

	@Test
	void refusesAnAddressThatIsNoWebhookUrlWithoutRepeatingIt() {
		DeliveryFailure failure = failure(ChannelKind.SLACK, "ftp://files.example/xoxSecretToken");

		assertThat(failure.permanent()).isTrue();
		assertThat(failure.getMessage()).doesNotContain("xoxSecretToken");
	}

	private DeliveryFailure failure(ChannelKind kind, String url) {
		DeliveryFailure failure = catchThrowableOfType(
				() -> channel(kind).send(delivery(1, kind, url, "whsec-1", ChannelTestData.page())),
				DeliveryFailure.class);
		assertThat(failure).as("a failure").isNotNull();
		return failure;
	}

	private JsonNode sent(ChannelKind kind, Message message) throws Exception {
		channel(kind).send(delivery(1, kind, receiver.url(SECRET_PATH), "whsec-1", message));
		return JSON.readTree(receiver.next().body());
	}

	private Channel channel(ChannelKind kind) {
		return switch (kind) {
			case SLACK -> new SlackChannel(poster, wording);
			case TEAMS -> new TeamsChannel(poster, wording);
			case DISCORD -> new DiscordChannel(poster, wording);
			case WEBHOOK -> new WebhookChannel(poster);
			case EMAIL -> throw new IllegalArgumentException("email is EmailChannelTest's");
		};
	}

	private static JsonNode payload(String file) throws IOException {
		try (InputStream in = ChatWebhookChannelsTest.class.getResourceAsStream(file)) {
			assertThat(in).as(file).isNotNull();
			return JSON.readTree(in);
		}
	}

}
