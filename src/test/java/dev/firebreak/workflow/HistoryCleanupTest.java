package dev.firebreak.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Severity;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's own history (process instances, tasks, variables, decisions) is removed by
 * its history cleanup once the process's time to live has passed since it ended (400
 * days, in the BPMN); running routes and Firebreak's own record are untouched. The
 * cleanup job runs in the configured batch window through the job executor, so once
 * across the cluster.
 */
@FirebreakTest
class HistoryCleanupTest {

	// long before other tests' clocks: the cleanup removes every route that ended before
	static final Instant ENDED = Instant.parse("2021-01-04T09:00:00Z");

	@Autowired
	RouteDriver route;

	@Autowired
	IncidentProcess process;

	@Autowired
	IncidentService incidents;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@AfterEach
	void releaseTime() {
		ClockUtil.reset();
	}

	@Test
	void endedRoutesGoAfterTheirTimeToLiveAndTheIncidentStays() {
		ClockUtil.setCurrentTime(Date.from(ENDED));
		Incident original = route.report(Severity.HIGH, 3, Impact.LOW);
		Incident duplicate = route.report(Severity.HIGH, 3, Impact.LOW);
		process.cancelAsDuplicate(duplicate.number(), original.number(), "Same outage", "mona");
		String ended = route.processInstanceId(duplicate);
		String running = route.processInstanceId(original);
		int timeline = incidents.timeline(duplicate.id()).size();

		cleanUpAt(ENDED.plus(Duration.ofDays(399)));
		assertThat(historyOf(ended)).as("inside its time to live").isEqualTo(1);

		cleanUpAt(ENDED.plus(Duration.ofDays(401)));
		assertThat(historyOf(ended)).isZero();
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(ended).count()).isZero();
		assertThat(historyOf(running)).as("a route still running has no removal time").isEqualTo(1);
		assertThat(incidents.get(duplicate.id()).status()).isEqualTo(IncidentStatus.CANCELLED);
		assertThat(incidents.timeline(duplicate.id())).as("Firebreak's own record").hasSize(timeline);
	}

	@Test
	void theCleanupIsScheduledInTheNightlyWindow() {
		assertThat(history.findHistoryCleanupJobs()).as("scheduled at start from the configured batch window")
			.isNotEmpty();
	}

	private void cleanUpAt(Instant now) {
		ClockUtil.setCurrentTime(Date.from(now));
		Job cleanup = history.cleanUpHistoryAsync(true);
		management.executeJob(cleanup.getId());
	}

	private long historyOf(String processInstanceId) {
		return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count();
	}

}
