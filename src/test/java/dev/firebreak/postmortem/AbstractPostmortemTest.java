package dev.firebreak.postmortem;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.notify.NotifyFixtures;
import dev.firebreak.report.ReportTestData;
import dev.firebreak.security.Role;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A postmortem generated from a fixture incident's record (priority decision, key
 * moments, RCA, follow-up actions, public updates), its narrative written by the team,
 * approved by a manager only (a change takes the approval back), and downloaded as a DOCX
 * that POI's reader opens with every section in it; on H2 and on MariaDB.
 */
abstract class AbstractPostmortemTest {

	@Autowired
	NotifyFixtures fixtures;

	@Autowired
	ReportTestData reports;

	@Autowired
	IncidentService incidents;

	@Test
	void generatedWrittenApprovedAndDownloaded() throws Exception {
		ApiClient api = fixtures.api();
		String team = fixtures.team();
		String responder = fixtures.person("pr", Role.RESPONDER, team);
		String manager = fixtures.person("pm", Role.MANAGER, team);
		String outsider = fixtures.person("po", Role.RESPONDER, fixtures.team());
		String number = fixtures.reportP1(responder, fixtures.service(team), "Checkout returns 502");
		String path = "/api/v1/incidents/" + number + "/postmortem";
		reports.rca(incidents.get(number).id(), Instant.now().toString(), responder,
				"Add a connection limit to the proxy");
		assertThat(api
			.post(responder, "/api/v1/incidents/" + number + "/follow-ups",
					Map.of("title", "Limit proxy connections", "owner", responder, "dueDate", "2036-06-30"))
			.status()).isEqualTo(201);
		assertThat(api
			.post(responder, "/api/v1/incidents/" + number + "/updates",
					Map.of("status", "INVESTIGATING", "message", "Some payments fail."))
			.status()).isEqualTo(201);

		JsonNode generated = api.get(responder, path).body();
		assertThat(generated.at("/facts/priority").asText()).isEqualTo("P1");
		assertThat(generated.get("priorityDecision").asText()).contains("P1");
		assertThat(generated.get("keyMoments").findValuesAsText("what")).contains("Reported", "Prioritised",
				"Root cause recorded");
		assertThat(generated.at("/rootCause/preventiveActions").asText()).contains("connection limit");
		assertThat(generated.at("/rootCause/completion").asText()).isEqualTo("AWAITING_ACTIONS");
		assertThat(generated.get("followUps").findValuesAsText("title")).containsExactly("Limit proxy connections");
		assertThat(generated.get("publicUpdates").findValuesAsText("what")).anyMatch(u -> u.contains("Some payments"));
		assertThat(generated.get("approved").asBoolean()).isFalse();
		assertThat(api.get(outsider, path).status()).isEqualTo(403);

		assertThat(api.post(manager, path + "/approve", null).status()).as("nothing written yet").isEqualTo(409);
		ApiClient.Response tooLong = api.put(responder, path,
				Map.of("summary", "x".repeat(Postmortems.MAX_TEXT + 1), "impact", "i"));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body().get("errors").findValuesAsText("field")).containsExactly("summary");
		assertThat(api.get(responder, path).body().at("/narrative/impact").asText()).as("nothing saved").isEmpty();
		Map<String, String> narrative = Map.of("summary", "The proxy ran out of connections.", "impact",
				"12% of card payments failed for 40 minutes.", "wentWell", "Paging reached the team at once.",
				"wentWrong", "Nobody watched the connection count.");
		assertThat(api.put(outsider, path, narrative).status()).isEqualTo(403);
		assertThat(api.put(responder, path, narrative).status()).isEqualTo(200);
		assertThat(api.post(responder, path + "/approve", null).status()).isEqualTo(403);
		ApiClient.Response approved = api.post(manager, path + "/approve", null);
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.body().get("approvedBy").asText()).isEqualTo(manager);

		ApiClient.Download download = api.download(responder, path + ".docx");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
			List<String> headings = document.getParagraphs()
				.stream()
				.filter(paragraph -> "Heading1".equals(paragraph.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings).containsExactly("Summary", "Impact", "Timeline of key moments", "Priority decision",
					"Root cause", "Follow-up actions", "SLA", "Notifications", "Public updates", "What went well",
					"What went wrong");
			String text = document.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.collect(Collectors.joining("\n"));
			assertThat(text).contains("Postmortem " + number, "Approved by " + manager,
					"The proxy ran out of connections.", "12% of card payments", "Limit proxy connections",
					"connection limit", "Some payments fail.", "Nobody watched the connection count.");
			assertThat(document.getTables().get(0).getText()).contains("Reported", "Root cause recorded");
		}

		assertThat(api.put(responder, path, narrative).body().get("approved").asBoolean())
			.as("a change takes the approval back")
			.isFalse();
	}

}
