package dev.firebreak.incident.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Download;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.TestServices;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Internal notes: written through the API by whoever may see the incident, kept as
 * written (line breaks too), on the timeline, in the hash chain and in the issue-log
 * workbook; refused with the reason and nothing written for everyone else; and rendered
 * inert on the incident page whatever HTML, script or link they carry.
 */
@FirebreakTest
class IncidentNotesTest {

	static final String MULTI_LINE = "Pool exhausted since 09:12.\nRestarted **api-2**;\nwatching the graphs.";

	static final String HOSTILE = """
			<script>alert('script')</script>

			<img src=x onerror="alert('img')">

			[click me](javascript:alert('link')) and <a href="javascript:alert('raw')">raw link</a>

			<b onmouseover="alert('hover')">bold</b> inline

			[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
			![pixel](https://tracker.example/p.gif)
			[fine](https://example.org/runbook)""";

	@LocalServerPort
	int port;

	@Autowired
	ServiceCatalogue catalogue;

	ApiClient api;

	String service;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		service = TestServices.fresh(catalogue, "notes", 2, "ops");
	}

	@Test
	void aNoteLandsOnTheTimelineInTheChainAndInTheIssueLogKeptAsWritten() throws Exception {
		String number = report();

		Response added = api.post("rita", "/api/v1/incidents/" + number + "/notes", Map.of("text", MULTI_LINE));

		assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
		assertThat(added.body().get("author").asText()).isEqualTo("rita");
		assertThat(added.body().get("text").asText()).isEqualTo(MULTI_LINE);
		JsonNode notes = api.get("ravi", "/api/v1/incidents/" + number + "/notes").body().get("items");
		assertThat(notes).hasSize(1);
		assertThat(notes.get(0).get("text").asText()).isEqualTo(MULTI_LINE);
		JsonNode last = lastEntry(number);
		assertThat(last.get("type").asText()).isEqualTo("NOTE_ADDED");
		assertThat(last.get("actor").asText()).isEqualTo("rita");
		assertThat(last.at("/details/text").asText()).isEqualTo(MULTI_LINE);

		JsonNode verified = api.get("audra", "/api/v1/audit/verify").body();
		assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();

		Download log = api.download("audra", "/api/v1/exports/issue-log.xlsx?service=" + service);
		assertThat(log.status()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(log.body()))) {
			List<String> rows = new ArrayList<>();
			DataFormatter cells = new DataFormatter();
			for (Row row : workbook.getSheet("Timeline")) {
				StringBuilder line = new StringBuilder();
				row.forEach(cell -> line.append(cells.formatCellValue(cell)).append('|'));
				rows.add(line.toString());
			}
			assertThat(rows).anySatisfy(row -> assertThat(row).contains(number, "rita", "NOTE_ADDED",
					"Pool exhausted since 09:12.\\nRestarted **api-2**;\\nwatching the graphs."));
		}
	}

	@Test
	void managersAndAdminsWriteNotesButNotOtherTeamsAuditorsOrBlankText() {
		String number = report();
		String notes = "/api/v1/incidents/" + number + "/notes";

		assertThat(api.post("mona", notes, Map.of("text", "manager's note")).status()).isEqualTo(201);
		assertThat(api.post("adam", notes, Map.of("text", "admin's note")).status()).isEqualTo(201);
		Response otherTeam = api.post("otto", notes, Map.of("text", "not mine"));
		assertThat(otherTeam.status()).isEqualTo(403);
		assertThat(otherTeam.body().get("detail").asText()).contains("belongs to team ops");
		assertThat(api.get("otto", notes).status()).isEqualTo(403);
		assertThat(api.post("audra", notes, Map.of("text", "auditors change nothing")).status()).isEqualTo(403);
		Response blank = api.post("rita", notes, Map.of("text", "  "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body().toString()).contains("text");
		Response tooLong = api.post("rita", notes, Map.of("text", "x".repeat(20_001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(api.post("rita", "/api/v1/incidents/INC-999999/notes", Map.of("text", "where?")).status())
			.isEqualTo(404);

		assertThat(api.get("rita", notes).body().get("items")).extracting(note -> note.get("author").asText())
			.containsExactly("mona", "adam");
	}

	@Test
	void scriptEventHandlersJavascriptLinksAndRawHtmlAreInertOnTheIncidentPage() {
		String number = report();
		assertThat(api.post("rita", "/api/v1/incidents/" + number + "/notes", Map.of("text", HOSTILE)).status())
			.isEqualTo(201);

		Download page = api.download("rita", "/incidents/" + number);

		assertThat(page.status()).isEqualTo(200);
		String html = new String(page.body(), StandardCharsets.UTF_8);
		String note = renderedNote(html);
		// the raw HTML shows as text
		assertThat(note).contains("&lt;script&gt;", "&lt;img src&#61;x onerror&#61;", "&lt;a href&#61;");
		// and nothing in it is markup that runs, loads or navigates anywhere unsafe
		assertThat(tags(note)).allSatisfy(tag -> {
			assertThat(tag).doesNotContainPattern("(?i)^<\\s*(script|img|iframe|object|embed|style|svg|b\\b)");
			assertThat(tag).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
			assertThat(tag).doesNotContainPattern("(?i)(href|src)\\s*=\\s*\"?\\s*(javascript|data|vbscript):");
		});
		assertThat(tags(note)).as("the safe link stays a link")
			.anySatisfy(tag -> assertThat(tag).startsWith("<a href=\"https://example.org/runbook\"")
				.containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\""));
		assertThat(note).contains("click me", "data", "bold");
	}

	/** The content of the timeline's rendered note, the only one on the page. */
	private static String renderedNote(String html) {
		Matcher note = Pattern.compile("<div class=\"markdown\">(.*?)</div>", Pattern.DOTALL).matcher(html);
		assertThat(note.find()).as("a rendered note on the page").isTrue();
		String content = note.group(1);
		assertThat(note.find()).as("one rendered note").isFalse();
		return content;
	}

	private static List<String> tags(String html) {
		List<String> tags = new ArrayList<>();
		Matcher tag = Pattern.compile("<[^>]*>").matcher(html);
		while (tag.find()) {
			tags.add(tag.group());
		}
		return tags;
	}

	private JsonNode lastEntry(String number) {
		JsonNode timeline = api.get("rita", "/api/v1/incidents/" + number).body().get("timeline");
		return timeline.get(timeline.size() - 1);
	}

	private String report() {
		Response created = api.post("rita", "/api/v1/incidents",
				Map.of("title", "Checkout slow", "service", service, "severity", "HIGH", "impact", "HIGH"));
		assertThat(created.status()).isEqualTo(201);
		return created.body().get("number").asText();
	}

}
