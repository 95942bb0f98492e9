package dev.firebreak.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.DiagnosisOutcome;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Priority;
import dev.firebreak.incident.RecoveryReported;
import dev.firebreak.incident.Resolution;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineType;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** One test per route through processes/incident-resolution.bpmn. */
@FirebreakTest
class IncidentRouteProcessTest {

	static final Instant DETECTED = Instant.parse("2026-03-02T09:00:00Z");

	private final Map<Long, ProcessInstance> instances = new HashMap<>();

	@Autowired
	RouteDriver route;

	@Autowired
	IncidentService incidents;

	@Autowired
	IncidentProcess process;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void freezeTime() {
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(DETECTED));
	}

	@AfterEach
	void releaseTime() {
		ClockUtil.reset();
	}

	@Test
	void falseAlarmClosesWithNoActionAndNoRootCauseAnalysis() {
		Incident incident = report(Severity.CRITICAL, 1, Impact.HIGH);
		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_DIAGNOSE);

		route.diagnose(incident, DiagnosisOutcome.FALSE_ALARM);

		assertThat(instance(incident)).isEnded()
			.hasPassed("end_false_alarm", "task_close", "end_closed")
			.hasNotPassed(ProcessConstants.TASK_HOTFIX, ProcessConstants.TASK_VERIFY, ProcessConstants.TASK_RCA);
		Incident closed = route.reload(incident);
		assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
		assertThat(closed.resolution()).isEqualTo(Resolution.FALSE_ALARM);
		assertThat(closed.priority()).isEqualTo(Priority.P1);
	}

	@Test
	void fixedByOperationsGoesStraightToVerifyAndCloses() {
		Incident incident = report(Severity.LOW, 3, Impact.LOW);

		route.diagnose(incident, DiagnosisOutcome.FIXED_BY_OPERATIONS);
		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_VERIFY);
		assertThat(route.reload(incident).status()).isEqualTo(IncidentStatus.MITIGATED);

		route.verify(incident, true);

		assertThat(instance(incident)).isEnded().hasNotPassed(ProcessConstants.TASK_HOTFIX);
		Incident closed = route.reload(incident);
		assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
		assertThat(closed.resolution()).isEqualTo(Resolution.FIXED_BY_OPERATIONS);
	}

	@Test
	void failedVerificationLoopsBackToHotfixUntilItPasses() {
		Incident incident = report(Severity.HIGH, 3, Impact.MEDIUM);
		assertThat(route.reload(incident).priority()).isEqualTo(Priority.P3);

		route.diagnose(incident, DiagnosisOutcome.NEEDS_FIX);
		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_HOTFIX);
		route.hotfix(incident);
		route.verify(incident, false);
		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_HOTFIX);
		route.hotfix(incident);
		route.verify(incident, true);

		assertThat(instance(incident)).isEnded();
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(route.processInstanceId(incident))
			.activityId(ProcessConstants.TASK_HOTFIX)
			.count()).isEqualTo(2);
		assertThat(types(incident)).containsSubsequence(TimelineType.HOTFIX_DEPLOYED, TimelineType.VERIFICATION_FAILED,
				TimelineType.HOTFIX_DEPLOYED, TimelineType.VERIFICATION_PASSED, TimelineType.CLOSED);
	}

	@Test
	void p1RequiresRootCauseAnalysisBeforeClosing() {
		Incident incident = report(Severity.CRITICAL, 1, Impact.HIGH);

		route.diagnose(incident, DiagnosisOutcome.NEEDS_FIX);
		route.hotfix(incident);
		route.verify(incident, true);

		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_RCA);
		assertThat(route.reload(incident).status()).isEqualTo(IncidentStatus.RESOLVED);
		route.recordRootCause(incident);

		assertThat(instance(incident)).isEnded().hasPassed(ProcessConstants.TASK_RCA);
		assertThat(route.reload(incident).status()).isEqualTo(IncidentStatus.CLOSED);
	}

	@Test
	void p4ClosesWithoutRootCauseAnalysis() {
		Incident incident = report(Severity.LOW, 2, Impact.MEDIUM);
		assertThat(route.reload(incident).priority()).isEqualTo(Priority.P4);

		route.diagnose(incident, DiagnosisOutcome.NEEDS_FIX);
		route.hotfix(incident);
		route.verify(incident, true);

		assertThat(instance(incident)).isEnded().hasNotPassed(ProcessConstants.TASK_RCA);
		assertThat(route.reload(incident).status()).isEqualTo(IncidentStatus.CLOSED);
	}

	@Test
	void aManagersRequestSendsAP4ToRootCauseAnalysisAfterVerification() {
		Incident incident = report(Severity.LOW, 3, Impact.LOW);
		assertThat(route.reload(incident).priority()).isEqualTo(Priority.P4);
		assertThat(route.reload(incident).rcaRequired()).isFalse();

		incidents.requireRootCauseAnalysis(incident.id(), "Third outage of the quarter", "mona");
		route.diagnose(incident, DiagnosisOutcome.FIXED_BY_OPERATIONS);
		route.verify(incident, true);

		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_RCA);
		assertThat(entries(incident, TimelineType.RCA_REQUESTED)).singleElement().satisfies(request -> {
			assertThat(request.actor()).isEqualTo("mona");
			assertThat(request.details()).containsEntry("reason", "Third outage of the quarter")
				.containsEntry("requiredByPriority", false);
		});
		route.recordRootCause(incident);
		assertThat(instance(incident)).isEnded().hasPassed(ProcessConstants.TASK_RCA);
	}

	@Test
	void decidingAgainDoesNotDropARequestedRootCauseAnalysis() {
		Incident incident = report(Severity.LOW, 3, Impact.LOW);
		incidents.requireRootCauseAnalysis(incident.id(), "Recurring", "firebreak");

		process.reprioritise(incident.number(), Severity.MEDIUM, Impact.LOW, "Slightly worse than thought", "mona");

		Incident after = route.reload(incident);
		assertThat(after.priority()).isEqualTo(Priority.P4);
		assertThat(after.rcaRequired()).isTrue();
		assertThat(entries(incident, TimelineType.PRIORITISED)).hasSize(2)
			.last()
			.satisfies(decision -> assertThat(decision.details()).extracting("outputs")
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("rcaRequired", false));
		route.diagnose(incident, DiagnosisOutcome.NEEDS_FIX);
		route.hotfix(incident);
		route.verify(incident, true);
		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_RCA);
	}

	@Test
	void aFalseAlarmSkipsARequestedRootCauseAnalysis() {
		Incident incident = report(Severity.LOW, 3, Impact.LOW);
		incidents.requireRootCauseAnalysis(incident.id(), "Recurring", "firebreak");

		route.diagnose(incident, DiagnosisOutcome.FALSE_ALARM);

		assertThat(instance(incident)).isEnded().hasNotPassed(ProcessConstants.TASK_RCA);
		assertThat(route.reload(incident).status()).isEqualTo(IncidentStatus.CLOSED);
	}

	@Test
	void missedAcknowledgeDeadlineRecordsTheBreachOnceAndLeavesPagingToThePolicy() {
		Incident incident = report(Severity.CRITICAL, 1, Impact.HIGH); // P1: acknowledge
																		// within 15 min
		assertThat(dueTimers(incident)).isEmpty();

		moveClockTo(DETECTED.plus(Duration.ofMinutes(15)).plusSeconds(1));
		runDueTimers(incident);
		assertThat(entries(incident, TimelineType.SLA_BREACHED)).singleElement()
			.satisfies(breach -> assertThat(breach.details()).containsEntry("clock", "acknowledge"));
		assertThat(route.reload(incident).escalationLevel()).as("the escalation policy climbs, not the SLA timer")
			.isZero();
		assertThat(instance(incident)).hasPassed("task_record_ack_breach", "end_ack_breached")
			.isWaitingAt(ProcessConstants.TASK_DIAGNOSE);

		moveClockTo(DETECTED.plus(Duration.ofHours(2)));
		runDueTimers(incident);
		assertThat(dueTimers(incident)).as("no acknowledge timer waits any more").isEmpty();
		assertThat(entries(incident, TimelineType.SLA_BREACHED)).hasSize(1);
	}

	@Test
	void acknowledgedInTimeMeansNoEscalation() {
		Incident incident = report(Severity.CRITICAL, 1, Impact.HIGH);
		moveClockTo(DETECTED.plus(Duration.ofMinutes(5)));
		route.claim(incident);

		moveClockTo(DETECTED.plus(Duration.ofMinutes(16)));
		runDueTimers(incident);

		assertThat(route.reload(incident).escalationLevel()).isZero();
		assertThat(entries(incident, TimelineType.SLA_BREACHED)).isEmpty();
		assertThat(instance(incident)).hasPassed("end_ack_met");
	}

	@Test
	void missedResolveDeadlineRecordsTheBreach() {
		Incident incident = report(Severity.CRITICAL, 1, Impact.HIGH); // P1:
																		// resolve
																		// within
																		// 4 h
		moveClockTo(DETECTED.plus(Duration.ofMinutes(5)));
		route.claim(incident);

		moveClockTo(DETECTED.plus(Duration.ofHours(4)).plusSeconds(1));
		runDueTimers(incident);

		assertThat(entries(incident, TimelineType.SLA_BREACHED)).singleElement()
			.satisfies(breach -> assertThat(breach.details()).containsEntry("clock", "resolve")
				.containsEntry("due", DETECTED.plus(Duration.ofHours(4)).toString()));
		assertThat(entries(incident, TimelineType.ESCALATED)).as("the escalation policy climbs, not the SLA timer")
			.isEmpty();
		assertThat(instance(incident)).hasPassed("task_record_resolve_breach")
			.isWaitingAt(ProcessConstants.TASK_DIAGNOSE);
	}

	@Test
	void monitoringRecoveryIsRecordedButClosesNothing() {
		Incident incident = report(Severity.HIGH, 2, Impact.MEDIUM);
		route.claim(incident);
		moveClockTo(DETECTED.plus(Duration.ofMinutes(10)));

		process.reportRecovery(incident.number(), "alertmanager", "monitoring");

		Incident after = route.reload(incident);
		assertThat(after.recoveredAt()).isEqualTo(DETECTED.plus(Duration.ofMinutes(10)));
		assertThat(after.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_DIAGNOSE);
		assertThat(entries(incident, TimelineType.RECOVERY_REPORTED)).singleElement()
			.satisfies(entry -> assertThat(entry.actor()).isEqualTo("monitoring"));
		assertThat(runtime.getVariables(route.processInstanceId(incident))).doesNotContainKey("recoverySource");
	}

	@Test
	void reprioritisingRecomputesPriorityDueTimesAndMovesTheTimers() {
		Incident incident = report(Severity.LOW, 3, Impact.LOW); // P4: 1 day / 10
																	// days
		assertThat(route.reload(incident).ackDueAt()).isEqualTo(DETECTED.plus(Duration.ofDays(1)));
		moveClockTo(DETECTED.plus(Duration.ofMinutes(3)));

		process.reprioritise(incident.number(), Severity.CRITICAL, Impact.HIGH, "Checkout is down for everyone",
				"mona");

		Incident after = route.reload(incident);
		assertThat(after.priority()).isEqualTo(Priority.P1);
		assertThat(after.rcaRequired()).isTrue();
		assertThat(after.ackDueAt()).isEqualTo(DETECTED.plus(Duration.ofMinutes(15)));
		assertThat(after.resolveDueAt()).isEqualTo(DETECTED.plus(Duration.ofHours(4)));
		assertThat(timer(incident, ProcessConstants.TIMER_ACK_DEADLINE).getDuedate())
			.isEqualTo(Date.from(after.ackDueAt()));
		assertThat(timer(incident, ProcessConstants.TIMER_RESOLVE_DEADLINE).getDuedate())
			.isEqualTo(Date.from(after.resolveDueAt()));
		assertThat(runtime.getVariables(route.processInstanceId(incident))).as("the gateway asks the incident")
			.doesNotContainKey("rcaRequired");
		TimelineEntry reassessed = entries(incident, TimelineType.REASSESSED).get(0);
		assertThat(reassessed.actor()).isEqualTo("mona");
		assertThat(reassessed.details()).containsEntry("reason", "Checkout is down for everyone");
		assertThat(entries(incident, TimelineType.PRIORITISED)).hasSize(2)
			.last()
			.satisfies(decision -> assertThat(decision.details()).containsKeys("inputs", "outputs"));
	}

	@Test
	void reprioritisingBringsTheAcknowledgeDeadlineForward() {
		Incident incident = report(Severity.LOW, 3, Impact.LOW); // P4: acknowledge within
																	// 1 day
		moveClockTo(DETECTED.plus(Duration.ofMinutes(40)));

		process.reprioritise(incident.number(), Severity.CRITICAL, Impact.HIGH, "It is checkout after all", "mona");

		// P1: acknowledge was due 15 minutes after detection, long past, so it is due now
		assertThat(timer(incident, ProcessConstants.TIMER_ACK_DEADLINE).getDuedate())
			.isEqualTo(Date.from(DETECTED.plus(Duration.ofMinutes(15))));
		runDueTimers(incident);
		runDueTimers(incident);
		assertThat(entries(incident, TimelineType.SLA_BREACHED))
			.filteredOn(breach -> "acknowledge".equals(breach.details().get("clock")))
			.as("the acknowledge breach is recorded once")
			.hasSize(1);
	}

	@Test
	void recoveryBeforeAnyoneAcknowledgedGoesStraightToVerification() {
		Incident incident = report(Severity.HIGH, 2, Impact.MEDIUM);
		moveClockTo(DETECTED.plus(Duration.ofMinutes(4)));

		transactions.executeWithoutResult(status -> process
			.on(new RecoveryReported(incident.id(), incident.number(), "alertmanager", "integration:prometheus")));

		assertThat(instance(incident)).hasPassed("boundary_recovered_unacknowledged")
			.isWaitingAt(ProcessConstants.TASK_VERIFY);
		assertThat(timer(incident, ProcessConstants.TIMER_ACK_DEADLINE)).isNull();
		Incident recovered = route.reload(incident);
		assertThat(recovered.status()).isEqualTo(IncidentStatus.MITIGATED);
		assertThat(recovered.resolution()).isEqualTo(Resolution.RECOVERED);
		assertThat(recovered.acknowledgedAt()).isNull();

		route.claim(incident);
		route.verify(incident, true);

		assertThat(route.reload(incident).acknowledgedAt()).isNotNull();
		assertThat(instance(incident)).isWaitingAt(ProcessConstants.TASK_RCA); // P2
																				// requires
																				// RCA
	}

	@Test
	void cancellingAsDuplicateEndsTheRouteAndLinksTheOriginal() {
		Incident original = report(Severity.HIGH, 2, Impact.MEDIUM);
		Incident duplicate = report(Severity.HIGH, 2, Impact.MEDIUM);
		route.claim(duplicate);

		process.cancelAsDuplicate(duplicate.number(), original.number(), "Same outage", "mona");

		assertThat(instance(duplicate)).isEnded().hasPassed("end_cancelled");
		Incident cancelled = route.reload(duplicate);
		assertThat(cancelled.status()).isEqualTo(IncidentStatus.CANCELLED);
		assertThat(cancelled.duplicateOf()).isEqualTo(original.id());
		assertThat(route.isRunning(original)).isTrue();
		assertThat(entries(duplicate, TimelineType.CANCELLED_AS_DUPLICATE)).singleElement()
			.satisfies(entry -> assertThat(entry.actor()).isEqualTo("mona"));
	}

	/**
	 * Reports an incident and keeps its process instance, which bpm-assert can follow
	 * after it ends.
	 */
	private Incident report(Severity severity, int tier, Impact impact) {
		Incident incident = route.report(severity, tier, impact);
		instances.put(incident.id(),
				runtime.createProcessInstanceQuery().processInstanceBusinessKey(incident.number()).singleResult());
		return incident;
	}

	private ProcessInstance instance(Incident incident) {
		return instances.get(incident.id());
	}

	private void moveClockTo(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	private List<Job> dueTimers(Incident incident) {
		return management.createJobQuery()
			.processInstanceId(route.processInstanceId(incident))
			.timers()
			.executable()
			.list();
	}

	private void runDueTimers(Incident incident) {
		for (Job job : dueTimers(incident)) {
			management.executeJob(job.getId());
		}
	}

	private Job timer(Incident incident, String activityId) {
		return management.createJobQuery()
			.processInstanceId(route.processInstanceId(incident))
			.activityId(activityId)
			.singleResult();
	}

	private List<TimelineType> types(Incident incident) {
		return incidents.timeline(incident.id()).stream().map(TimelineEntry::type).toList();
	}

	private List<TimelineEntry> entries(Incident incident, TimelineType type) {
		return incidents.timeline(incident.id()).stream().filter(e -> e.type() == type).toList();
	}

}
