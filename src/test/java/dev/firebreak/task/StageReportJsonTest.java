package dev.firebreak.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.DiagnosisOutcome;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentQueries;
import dev.firebreak.incident.RootCauseCategory;
import dev.firebreak.incident.StageReport;
import dev.firebreak.incident.TimelineRecord;
import dev.firebreak.incident.TimelineType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stage report's timeline details, byte for byte: hash chains, exports and pages read
 * what was stored before stage reports were written as records, so the JSON must not
 * change (same names, same order, times as ISO text).
 */
@FirebreakTest
class StageReportJsonTest {

	private static final StageReport.Diagnosis DIAGNOSIS = new StageReport.Diagnosis(DiagnosisOutcome.NEEDS_FIX,
			"Connection pool exhausted");

	private static final StageReport.Hotfix HOTFIX = new StageReport.Hotfix("Raise the pool", "PR-101",
			Instant.parse("2026-03-02T09:40:00Z"), "Revert PR-101", true);

	private static final StageReport.Verification VERIFICATION = new StageReport.Verification("checkout smoke", false,
			"still 502");

	private static final StageReport.RootCause ROOT_CAUSE = new StageReport.RootCause(RootCauseCategory.CAPACITY,
			List.of("pool too small", "traffic doubled"), "No load test", "Autoscale the pool");

	@Autowired
	ObjectMapper json;

	@Autowired
	TaskFixtures fixtures;

	@Autowired
	IncidentQueries incidents;

	@Test
	void eachReportIsWrittenAsTheGoldenDetails() throws Exception {
		assertThat(json.writeValueAsString(DIAGNOSIS))
			.isEqualTo("{\"outcome\":\"NEEDS_FIX\",\"findings\":\"Connection pool exhausted\"}");
		assertThat(json.writeValueAsString(HOTFIX))
			.isEqualTo("{\"changeDescription\":\"Raise the pool\",\"reference\":\"PR-101\","
					+ "\"deployedAt\":\"2026-03-02T09:40:00Z\",\"rollbackPlan\":\"Revert PR-101\",\"testedInStaging\":true}");
		assertThat(json.writeValueAsString(VERIFICATION))
			.isEqualTo("{\"checksRun\":\"checkout smoke\",\"passed\":false,\"evidence\":\"still 502\"}");
		assertThat(json.writeValueAsString(ROOT_CAUSE))
			.isEqualTo("{\"rootCauseCategory\":\"CAPACITY\",\"fiveWhys\":[\"pool too small\",\"traffic doubled\"],"
					+ "\"contributingFactors\":\"No load test\",\"preventiveActions\":\"Autoscale the pool\"}");
	}

	@Test
	void theDetailsAreWhatTheFormerDetourThroughAMapWrote() throws Exception {
		for (StageReport report : List.of(DIAGNOSIS, HOTFIX, VERIFICATION, ROOT_CAUSE)) {
			Map<String, Object> asMap = json.convertValue(report, new TypeReference<Map<String, Object>>() {
			});
			assertThat(json.writeValueAsString(report)).isEqualTo(json.writeValueAsString(asMap));
		}
	}

	@Test
	void theStoredDetailsOfACompletedHotfixAreTheGoldenOnes() throws Exception {
		String service = fixtures.service("golden", 3, "ops");
		String number = fixtures.report("rita", service, "Checkout returns 502", "HIGH", "HIGH");
		fixtures.work("rita", number, "DIAGNOSIS",
				Map.of("outcome", "NEEDS_FIX", "findings", "Connection pool exhausted"));
		fixtures.work("ravi", number, "HOTFIX", Map.of("changeDescription", "Raise the pool", "reference", "PR-101",
				"deployedAt", "2026-03-02T09:40:00Z", "rollbackPlan", "Revert PR-101", "testedInStaging", true));

		assertThat(stored(number, TimelineType.DIAGNOSED)).isEqualTo(json.writeValueAsString(DIAGNOSIS));
		assertThat(stored(number, TimelineType.HOTFIX_DEPLOYED)).isEqualTo(json.writeValueAsString(HOTFIX));
	}

	/**
	 * As stored: the test clock may stand anywhere, so every entry of the type is asked
	 * for.
	 */
	private String stored(String number, TimelineType type) {
		long id = Incident.idOf(number);
		return incidents.entries(type, Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"))
			.stream()
			.filter(entry -> entry.incidentId() == id)
			.map(TimelineRecord::details)
			.findFirst()
			.orElseThrow();
	}

}
