package dev.firebreak.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.ApiClient;
import dev.firebreak.ApiClient.Download;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TestServices;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export jobs through the API: progress from 0 to done, the file and its hash, a second
 * export that finishes while the first is held, and the retention.
 */
@FirebreakTest
class ExportJobTest {

	@LocalServerPort
	int port;

	@Autowired
	IncidentService incidents;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	ExportGate gate;

	@Autowired
	ExportJobSweeper sweeper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExportProperties properties;

	@Autowired
	Clock clock;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void progressMovesFromZeroToDoneAndTheFileIsTheAuditedOne() throws Exception {
		String service = serviceWithIncidents(12);
		gate.hold(service);
		Response started;
		JsonNode held;
		try {
			started = api.post("mona", "/api/v1/exports", Map.of("service", service));
			assertThat(started.status()).isEqualTo(202);
			assertThat(started.headers().getLocation()).hasToString(started.body().get("self").asText());
			held = pollUntil(started.body().get("self").asText(), job -> job.get("rowsTotal").isNumber());
		}
		finally {
			gate.open(service);
		}
		assertThat(held.get("status").asText()).isEqualTo("RUNNING");
		assertThat(held.get("rowsWritten").asLong()).isZero();
		long total = held.get("rowsTotal").asLong();
		assertThat(total).isGreaterThan(12);
		assertThat(held.get("file").isNull()).isTrue();

		JsonNode done = pollUntil(started.body().get("self").asText(),
				job -> job.get("status").asText().equals("DONE"));

		assertThat(done.get("rowsWritten").asLong()).isEqualTo(total);
		assertThat(done.get("requestedBy").asText()).isEqualTo("mona");
		assertThat(done.at("/filters/service").asText()).isEqualTo(service);
		assertThat(done.at("/sheetRows/Incidents").asInt()).isEqualTo(12);
		Download file = api.download("mona", done.get("file").asText());
		assertThat(file.status()).isEqualTo(200);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
		assertThat(done.get("sha256").asText()).isEqualTo(sha256);
		assertThat(done.get("sizeBytes").asLong()).isEqualTo(file.body().length);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
			assertThat(workbook.getSheet("Incidents").getLastRowNum()).isEqualTo(12);
		}
		JsonNode audited = api
			.get("audra", "/api/v1/audit?action=ISSUE_LOG_EXPORTED&target=export job " + done.get("id").asLong())
			.body()
			.at("/items/0");
		assertThat(audited.get("actor").asText()).isEqualTo("mona");
		assertThat(audited.at("/details/sha256").asText()).isEqualTo(sha256);
		assertThat(audited.at("/details/rows/Incidents").asInt()).isEqualTo(12);
		// auditors see every job; other managers' jobs are not visible to a manager
		assertThat(api.get("audra", started.body().get("self").asText()).status()).isEqualTo(200);
	}

	@Test
	void aSecondExportIsNotBlockedByALargeOneStillRunning() {
		String large = serviceWithIncidents(30);
		String small = serviceWithIncidents(2);
		gate.hold(large);
		String largeJob;
		try {
			largeJob = api.post("audra", "/api/v1/exports", Map.of("service", large)).body().get("self").asText();
			pollUntil(largeJob, job -> job.get("status").asText().equals("RUNNING"));
			String smallJob = api.post("audra", "/api/v1/exports", Map.of("service", small))
				.body()
				.get("self")
				.asText();

			JsonNode smallDone = pollUntil(smallJob, job -> job.get("status").asText().equals("DONE"));

			assertThat(smallDone.at("/sheetRows/Incidents").asInt()).isEqualTo(2);
			JsonNode stillRunning = api.get("audra", largeJob).body();
			assertThat(stillRunning.get("status").asText()).isEqualTo("RUNNING");
			assertThat(stillRunning.get("rowsWritten").asLong()).isLessThan(stillRunning.get("rowsTotal").asLong());
		}
		finally {
			gate.open(large);
		}
		JsonNode largeDone = pollUntil(largeJob, job -> job.get("status").asText().equals("DONE"));
		assertThat(largeDone.at("/sheetRows/Incidents").asInt()).isEqualTo(30);
	}

	@Test
	void jobsAndFilesAreDeletedAfterTheRetention() {
		String service = serviceWithIncidents(1);
		String job = api.post("adam", "/api/v1/exports", Map.of("service", service)).body().get("self").asText();
		JsonNode done = pollUntil(job, j -> j.get("status").asText().equals("DONE"));
		// each run of a job writes a file of its own: issue-log-<job>-<run>.xlsx
		long id = done.get("id").asLong();
		Path file = Path
			.of(jdbc.sql("select file_path from fb_export_job where id = ?").param(id).query(String.class).single());
		assertThat(file.getFileName().toString()).matches("issue-log-" + id + "-[0-9a-f]{8}\\.xlsx");
		assertThat(file).exists();
		assertThat(api.download("adam", done.get("file").asText()).status()).isEqualTo(200);

		// the default retention is seven days
		ClockUtil.setCurrentTime(Date.from(Instant.parse(done.get("finishedAt").asText()).plus(Duration.ofDays(8))));
		sweeper.sweep();

		assertThat(api.get("adam", job).status()).isEqualTo(404);
		assertThat(Files.exists(file)).isFalse();
	}

	/**
	 * A node killed while writing an export leaves its job RUNNING with a heartbeat that
	 * stopped and its {@code .part} file behind: the sweep puts the job back in the
	 * queue, it is written anew under a name of its own, and the left-over file goes once
	 * it has not changed for an hour. The file of a job that is still running stays,
	 * however old, and so does a young one.
	 */
	@Test
	void aKilledWritersPartFileIsDeletedAndItsJobWrittenAgain() throws Exception {
		String service = serviceWithIncidents(1);
		Instant now = clock.instant();
		String deadToken = "0badc0de-0000-4000-8000-000000000000";
		String liveToken = "c0ffee00-0000-4000-8000-000000000000";
		long dead = runningJob(service, deadToken, now.minus(Duration.ofHours(1)));
		long live = runningJob(service, liveToken, now);
		Path leftover = part(ExportJobRunner.fileName(dead, deadToken), now.minus(Duration.ofHours(2)));
		Path writing = part(ExportJobRunner.fileName(live, liveToken), now.minus(Duration.ofHours(2)));
		Path young = part("issue-log-4711", now.minus(Duration.ofMinutes(5)));
		try {
			sweeper.sweep();

			assertThat(leftover).doesNotExist();
			assertThat(writing).as("its job still runs").exists();
			assertThat(young).exists();
			JsonNode done = pollUntil("/api/v1/exports/" + dead, job -> job.get("status").asText().equals("DONE"));
			Path file = Path.of(jdbc.sql("select file_path from fb_export_job where id = ?")
				.param(dead)
				.query(String.class)
				.single());
			assertThat(file.getFileName().toString()).matches("issue-log-" + dead + "-[0-9a-f]{8}\\.xlsx")
				.doesNotContain("0badc0de");
			assertThat(api.download("audra", done.get("file").asText()).status()).isEqualTo(200);
		}
		finally {
			jdbc.sql("delete from fb_export_job where id = ?").param(live).update();
			Files.deleteIfExists(writing);
			Files.deleteIfExists(young);
		}
	}

	/** A job as a node that died while running it leaves it. */
	private long runningJob(String service, String token, Instant heartbeat) {
		KeyHolder key = new GeneratedKeyHolder();
		LocalDateTime at = LocalDateTime.ofInstant(heartbeat, ZoneOffset.UTC);
		jdbc.sql("insert into fb_export_job (requested_by, filters, status, rows_written, created_at, started_at,"
				+ " heartbeat_at, run_token) values ('audra', ?, 'RUNNING', 0, ?, ?, ?, ?)")
			.params("{\"service\":\"" + service + "\"}", at, at, at, token)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** A file being written, last changed at {@code changed}. */
	private Path part(String name, Instant changed) throws IOException {
		Path part = Files.createDirectories(properties.directory()).resolve(name + ExportJobRunner.PART);
		Files.write(part, new byte[] { 'P', 'K' });
		Files.setLastModifiedTime(part, FileTime.from(changed));
		return part;
	}

	@Test
	void aManagerSeesOnlyTheirOwnJobsAndUnfinishedFilesAreNotServed() {
		String service = serviceWithIncidents(1);
		gate.hold(service);
		try {
			String job = api.post("audra", "/api/v1/exports", Map.of("service", service)).body().get("self").asText();
			assertThat(api.get("mona", job).status()).isEqualTo(404);
			Response notReady = api.get("audra", job + "/file");
			assertThat(notReady.status()).isEqualTo(409);
			assertThat(notReady.contentType()).isEqualTo("application/problem+json");
		}
		finally {
			gate.open(service);
		}
	}

	private String serviceWithIncidents(int count) {
		String service = TestServices.fresh(catalogue, "export-job", 3, "ops");
		for (int i = 0; i < count; i++) {
			incidents.report(new NewIncident("Slow " + i, null, service, Severity.LOW, Impact.LOW), "rita");
		}
		return service;
	}

	/**
	 * Polls the status URL until the condition holds (bounded, so a broken job fails).
	 */
	private JsonNode pollUntil(String self, java.util.function.Predicate<JsonNode> condition) {
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			Response response = api.get("audra", self);
			assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
			seen.add(response.body().get("status").asText() + ":" + response.body().get("rowsWritten").asLong());
			assertThat(response.body().get("status").asText()).as(response.body().toString()).isNotEqualTo("FAILED");
			if (condition.test(response.body())) {
				return response.body();
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("export job " + self + " never got there: " + seen);
	}

}
