package dev.firebreak.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.firebreak.incident.Incident.Change;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.firebreak.incident.Incidents.ACKNOWLEDGED_AT;
import static dev.firebreak.incident.Incidents.ACK_DUE_AT;
import static dev.firebreak.incident.Incidents.CLOSED_AT;
import static dev.firebreak.incident.Incidents.DETECTED_AT;
import static dev.firebreak.incident.Incidents.MITIGATED_AT;
import static dev.firebreak.incident.Incidents.RECOVERED_AT;
import static dev.firebreak.incident.Incidents.RESOLVED_AT;
import static dev.firebreak.incident.Incidents.RESOLVE_DUE_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The incident aggregate's legal transitions, in memory: what each one changes and what
 * it records on the timeline. The illegal ones are in {@link IncidentRefusalsTest}.
 * (Events are published by {@link IncidentService}, not here.)
 */
class IncidentTest {

	/** After everything the built incidents did. */
	private static final Instant LATER = CLOSED_AT.plus(Duration.ofHours(1));

	@Nested
	class Opening {

		@Test
		void aReportOpensAnIncidentInDetectionForTheServicesTeam() {
			Incident incident = Incident.report("Checkout returns 502", null,
					new MonitoredService("checkout", 1, "ops"), Severity.CRITICAL, Impact.HIGH, "rita", DETECTED_AT);

			assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
			assertThat(incident.stage()).isEqualTo(Stage.DETECTION);
			assertThat(incident.team()).isEqualTo("ops");
			assertThat(incident.reportedBy()).isEqualTo("rita");
			assertThat(incident.detectedAt()).isEqualTo(DETECTED_AT);
			assertThat(incident.priority()).as("decided by the route, never typed in").isNull();
			assertThat(incident.ackDueAt()).isNull();
			assertThat(incident.occurrences()).isOne();
			assertThat(incident.number()).isEqualTo("(new)");
			assertRecorded(incident, TimelineType.REPORTED, "rita", DETECTED_AT, Map.of("title", "Checkout returns 502",
					"service", "checkout", "team", "ops", "severity", Severity.CRITICAL, "impact", Impact.HIGH));
		}

		@Test
		void anAlertOpensAnIncidentThatRemembersItsKeyAndTheIncidentItRepeats() {
			AlertDetails alert = new AlertDetails(3, "disk-full", "Disk full", "/var at 99%", Severity.HIGH, Impact.LOW,
					"storage", "storage-team", "default", DETECTED_AT);

			Incident incident = Incident.openFromAlert(alert, new MonitoredService("storage", 2, "ops"), "storage-team",
					5L, "integration:prometheus", DETECTED_AT);

			assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
			assertThat(incident.team()).as("the alert's team over the service's").isEqualTo("storage-team");
			assertThat(incident.integrationId()).isEqualTo(3);
			assertThat(incident.dedupKey()).isEqualTo("disk-full");
			assertThat(incident.lastSeenAt()).isEqualTo(DETECTED_AT);
			assertThat(incident.recurrenceOf()).isEqualTo(5);
			assertThat(details(onlyChange(incident))).containsEntry("dedupKey", "disk-full")
				.containsEntry("recurrenceOf", "INC-000005")
				.containsEntry("team", "storage-team");
		}

		@Test
		void aFirstAlertRecordsNoRecurrence() {
			AlertDetails alert = new AlertDetails(3, "disk-full", "Disk full", null, Severity.HIGH, Impact.LOW, null,
					null, "storage", DETECTED_AT);

			Incident incident = Incident.openFromAlert(alert, new MonitoredService("storage", 2, "ops"), "ops", null,
					"integration:prometheus", DETECTED_AT);

			assertThat(incident.recurrenceOf()).isNull();
			assertThat(details(onlyChange(incident))).doesNotContainKey("recurrenceOf");
		}

	}

	@Nested
	class Prioritising {

		@Test
		void theDecisionSetsPriorityAndDueTimesFromDetectionAndIsKeptWithItsInputs() {
			Incident incident = Incidents.reported();
			Instant decidedAt = DETECTED_AT.plusSeconds(5);

			incident.applyPriority(Incidents.decision(true), "firebreak", decidedAt);

			assertThat(incident.priority()).isEqualTo(Priority.P2);
			assertThat(incident.ackDueAt()).as("from detection, not from the decision").isEqualTo(ACK_DUE_AT);
			assertThat(incident.resolveDueAt()).isEqualTo(RESOLVE_DUE_AT);
			assertThat(incident.rcaRequired()).isTrue();
			assertThat(incident.stage()).isEqualTo(Stage.PRIORITISATION);
			Change change = assertRecorded(incident, TimelineType.PRIORITISED, "firebreak", decidedAt, null);
			assertThat(details(change)).containsEntry("decision", "incident-priority")
				.containsEntry("decisionVersion", 3)
				.containsEntry("inputs", Map.of("severity", "HIGH", "serviceTier", 2, "impact", "MEDIUM"))
				.containsEntry("outputs",
						Map.of("priority", Priority.P2, "acknowledgeWithin", "PT30M", "resolveWithin", "PT8H",
								"rcaRequired", true))
				.containsEntry("acknowledgeDue", "2030-03-04T09:30:00Z")
				.containsEntry("resolveDue", "2030-03-04T17:00:00Z");
		}

		@Test
		void aReassessmentRecordsTheNewInputsAndLeavesThePriorityToTheNextDecision() {
			Incident incident = Incidents.acknowledged();

			incident.reassess(Severity.CRITICAL, Impact.HIGH, "Whole checkout is down", "mona", LATER);

			assertThat(incident.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(incident.impact()).isEqualTo(Impact.HIGH);
			assertThat(incident.priority()).isEqualTo(Priority.P2);
			assertRecorded(incident, TimelineType.REASSESSED, "mona", LATER, Map.of("severity", "HIGH -> CRITICAL",
					"impact", "MEDIUM -> HIGH", "reason", "Whole checkout is down"));
		}

		@Test
		void decidingAgainReplacesTheDecisionButKeepsTheStageAndARequestedRca() {
			Incident incident = Incidents.acknowledged();
			incident.requestRootCauseAnalysis("Recurring", "mona", LATER);
			PriorityDecision p1 = new PriorityDecision("incident-priority", 3, Map.of(), Priority.P1,
					Duration.ofMinutes(15), Duration.ofHours(4), false);

			incident.applyPriority(p1, "firebreak", LATER);

			assertThat(incident.priority()).isEqualTo(Priority.P1);
			assertThat(incident.ackDueAt()).isEqualTo(DETECTED_AT.plus(Duration.ofMinutes(15)));
			assertThat(incident.resolveDueAt()).isEqualTo(DETECTED_AT.plus(Duration.ofHours(4)));
			assertThat(incident.stage()).isEqualTo(Stage.DIAGNOSIS);
			assertThat(incident.rcaRequired()).as("the request outlives the decision").isTrue();
		}

	}

	@Nested
	class Working {

		@Test
		void enteringAStageRecordsWhereFromAndEnteringTheSameOneRecordsNothing() {
			Incident incident = Incidents.acknowledged();

			incident.enterStage(Stage.DIAGNOSIS, "firebreak", LATER);
			assertThat(incident.changes).isEmpty();

			incident.enterStage(Stage.HOTFIX, "firebreak", LATER);
			assertThat(incident.stage()).isEqualTo(Stage.HOTFIX);
			assertRecorded(incident, TimelineType.STAGE_ENTERED, "firebreak", LATER,
					Map.of("from", Stage.DIAGNOSIS, "to", Stage.HOTFIX));
		}

		@Test
		void claimingAndReleasingATaskAreRecordedAndAcknowledgeNothing() {
			Incident incident = Incidents.open();

			incident.recordTaskClaim("t1", Stage.DIAGNOSIS, true, "rita", LATER);
			incident.recordTaskClaim("t1", Stage.DIAGNOSIS, false, "rita", LATER);

			assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
			assertThat(incident.acknowledgedAt()).isNull();
			assertThat(incident.changes).extracting(Change::type)
				.containsExactly(TimelineType.TASK_CLAIMED, TimelineType.TASK_RELEASED);
			assertThat(details(incident.changes.get(0))).isEqualTo(Map.of("task", "t1", "stage", Stage.DIAGNOSIS));
		}

		@Test
		void aTakeoverNamesWhoHeldTheTaskOrNobody() {
			Incident incident = Incidents.acknowledged();

			incident.takeOverTask("t1", Stage.DIAGNOSIS, "rita", "mona", LATER);
			incident.takeOverTask("t2", Stage.HOTFIX, null, "mona", LATER);

			assertThat(incident.changes).extracting(change -> details(change).get("takenOverFrom"))
				.containsExactly("rita", "(unclaimed)");
			assertThat(incident.changes).extracting(Change::type).containsOnly(TimelineType.TASK_CLAIMED);
		}

		@Test
		void reassigningMovesTheIncidentToTheOtherTeam() {
			Incident incident = Incidents.acknowledged();

			incident.reassign("payments", "Their gateway", "mona", LATER);

			assertThat(incident.team()).isEqualTo("payments");
			assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
			assertThat(incident.owner()).as("the owner came with the old team").isNull();
			assertRecorded(incident, TimelineType.REASSIGNED, "mona", LATER,
					Map.of("from", "ops", "to", "payments", "reason", "Their gateway", "previousOwner", "rita"));
		}

		@Test
		void theFirstPersonToTakeItAcknowledgesIt() {
			Incident incident = Incidents.open();

			incident.acknowledge("rita", ACKNOWLEDGED_AT);

			assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
			assertThat(incident.acknowledgedAt()).isEqualTo(ACKNOWLEDGED_AT);
			assertThat(incident.stage()).isEqualTo(Stage.DIAGNOSIS);
			assertRecorded(incident, TimelineType.ACKNOWLEDGED, "rita", ACKNOWLEDGED_AT,
					Map.of("acknowledgeDue", "2030-03-04T09:30:00Z"));
			assertThat(incident.owner()).as("who acknowledges owns it").isEqualTo("rita");
		}

		@Test
		void anAcknowledgementThroughALinkSaysWhichOne() {
			Incident incident = Incidents.open();

			incident.acknowledge("rita", ACKNOWLEDGED_AT, new NotificationLink(17L, "EMAIL"), false);

			assertThat(details(onlyChange(incident))).containsExactly(entry("acknowledgeDue", "2030-03-04T09:30:00Z"),
					entry("via", "link in a notification"), entry("notification", 17L), entry("channel", "EMAIL"));
			assertThat(incident.owner()).as("paged from elsewhere: not the owner").isNull();
		}

		@Test
		void diagnosingThatItNeedsAFixKeepsItAcknowledged() {
			Incident incident = Incidents.acknowledged();

			StageReport.Diagnosis report = StageReports.diagnosis(DiagnosisOutcome.NEEDS_FIX, "Pool exhausted");
			incident.diagnose(report, "rita", LATER);

			assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
			assertThat(incident.resolution()).isNull();
			assertRecorded(incident, TimelineType.DIAGNOSED, "rita", LATER, report);
		}

		@Test
		void diagnosingAFalseAlarmSetsTheResolutionAndLeavesClosingToTheRoute() {
			Incident incident = Incidents.acknowledged();

			incident.diagnose(StageReports.diagnosis(DiagnosisOutcome.FALSE_ALARM, "Test alert"), "rita", LATER);

			assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
			assertThat(incident.resolution()).isEqualTo(Resolution.FALSE_ALARM);
			assertThat(incident.resolvedAt()).isNull();
		}

		@Test
		void diagnosingAFixByOperationsMitigatesIt() {
			Incident incident = Incidents.acknowledged();

			incident.diagnose(StageReports.diagnosis(DiagnosisOutcome.FIXED_BY_OPERATIONS, "Restarted"), "rita", LATER);

			assertThat(incident.status()).isEqualTo(IncidentStatus.MITIGATED);
			assertThat(incident.resolution()).isEqualTo(Resolution.FIXED_BY_OPERATIONS);
			assertThat(incident.mitigatedAt()).isEqualTo(LATER);
		}

		@Test
		void aHotfixMitigatesIt() {
			Incident incident = Incidents.needingAFix();

			StageReport.Hotfix report = StageReports.hotfix("PR-101");
			incident.deployHotfix(report, "ravi", MITIGATED_AT);

			assertThat(incident.status()).isEqualTo(IncidentStatus.MITIGATED);
			assertThat(incident.resolution()).isEqualTo(Resolution.FIXED_BY_HOTFIX);
			assertThat(incident.mitigatedAt()).isEqualTo(MITIGATED_AT);
			assertRecorded(incident, TimelineType.HOTFIX_DEPLOYED, "ravi", MITIGATED_AT, report);
		}

		@Test
		void aPassedVerificationResolvesIt() {
			Incident incident = Incidents.mitigated();

			StageReport.Verification report = StageReports.verification(true, "200 OK");
			incident.verify(report, "rita", RESOLVED_AT);

			assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
			assertThat(incident.resolvedAt()).isEqualTo(RESOLVED_AT);
			assertThat(incident.closedAt()).isNull();
			assertRecorded(incident, TimelineType.VERIFICATION_PASSED, "rita", RESOLVED_AT, report);
		}

		@Test
		void aFailedVerificationLeavesItMitigatedAndTheNextHotfixKeepsTheFirstMitigationTime() {
			Incident incident = Incidents.mitigated();

			incident.verify(StageReports.verification(false, "still 502"), "rita", RESOLVED_AT);
			assertThat(incident.status()).isEqualTo(IncidentStatus.MITIGATED);
			assertThat(incident.resolvedAt()).isNull();

			incident.deployHotfix(StageReports.hotfix("PR-102"), "ravi", LATER);
			assertThat(incident.mitigatedAt()).isEqualTo(MITIGATED_AT);
			assertThat(incident.changes).extracting(Change::type)
				.containsExactly(TimelineType.VERIFICATION_FAILED, TimelineType.HOTFIX_DEPLOYED);
		}

		@Test
		void aRootCauseIsRecordedOnAResolvedIncident() {
			Incident incident = Incidents.resolved();

			StageReport.RootCause report = StageReports.rootCause(RootCauseCategory.CAPACITY);
			incident.recordRootCause(report, "rita", LATER);

			assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
			assertRecorded(incident, TimelineType.ROOT_CAUSE_RECORDED, "rita", LATER, report);
		}

		@Test
		void escalatingRaisesTheLevelByOneEachTime() {
			Incident incident = Incidents.open();

			incident.escalate("timer", "Acknowledge deadline passed", "firebreak", ACK_DUE_AT);
			incident.escalate("manager", "VIP customer", "mona", LATER);

			assertThat(incident.escalationLevel()).isEqualTo(2);
			assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
			assertThat(incident.changes).extracting(Change::details)
				.containsExactly(Map.of("level", 1, "trigger", "timer", "reason", "Acknowledge deadline passed"),
						Map.of("level", 2, "trigger", "manager", "reason", "VIP customer"));
		}

		@Test
		void aBreachRecordsTheClockItsDueTimeAndHowLate() {
			Incident incident = Incidents.open();

			incident.recordSlaBreach("acknowledge", ACK_DUE_AT, "firebreak", ACK_DUE_AT.plus(Duration.ofMinutes(15)));

			assertRecorded(incident, TimelineType.SLA_BREACHED, "firebreak", ACK_DUE_AT.plus(Duration.ofMinutes(15)),
					Map.of("clock", "acknowledge", "due", "2030-03-04T09:30:00Z", "late", "PT15M"));
		}

		@Test
		void aRecoveryWhilePeopleWorkItIsRecordedAndClosesNothing() {
			Incident incident = Incidents.needingAFix();

			incident.recordRecovery("alertmanager", "integration:prometheus", LATER);

			assertThat(incident.recoveredAt()).isEqualTo(LATER);
			assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
			assertThat(incident.resolution()).isNull();
			assertRecorded(incident, TimelineType.RECOVERY_REPORTED, "integration:prometheus", LATER,
					Map.of("source", "alertmanager"));
		}

		@Test
		void aRecoveryBeforeAnyoneTookItMitigatesItUnacknowledged() {
			Incident incident = Incidents.open();

			incident.recoverBeforeAcknowledgement("alertmanager", "integration:prometheus", RECOVERED_AT);

			assertThat(incident.status()).isEqualTo(IncidentStatus.MITIGATED);
			assertThat(incident.resolution()).isEqualTo(Resolution.RECOVERED);
			assertThat(incident.recoveredAt()).isEqualTo(RECOVERED_AT);
			assertThat(incident.mitigatedAt()).isEqualTo(RECOVERED_AT);
			assertThat(incident.acknowledgedAt()).isNull();
			assertRecorded(incident, TimelineType.RECOVERY_REPORTED, "integration:prometheus", RECOVERED_AT,
					Map.of("source", "alertmanager", "acknowledged", false));
		}

		@Test
		void takingTheVerificationOfARecoveredIncidentAcknowledgesItWithoutLeavingMitigated() {
			Incident incident = Incidents.recoveredUnacknowledged();

			incident.acknowledge("rita", LATER);
			incident.verify(StageReports.verification(true, "green for an hour"), "rita", LATER);
			incident.close("firebreak", LATER);

			assertThat(incident.acknowledgedAt()).isEqualTo(LATER);
			assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
			assertThat(incident.resolution()).isEqualTo(Resolution.RECOVERED);
			assertThat(incident.changes).extracting(Change::type)
				.containsExactly(TimelineType.ACKNOWLEDGED, TimelineType.VERIFICATION_PASSED, TimelineType.CLOSED);
		}

		@Test
		void anAlertMonitoringStoppedSendingGoesStale() {
			Incident incident = Incidents.open();

			incident.markStale(DETECTED_AT, "firebreak", LATER);

			assertThat(incident.stale()).isTrue();
			assertRecorded(incident, TimelineType.ALERT_STALE, "firebreak", LATER,
					Map.of("lastSeen", "2030-03-04T09:00:00Z"));
		}

		@Test
		void rootCauseAnalysisIsRequestedOnceAndTheFirstReasonStands() {
			Incident incident = Incidents.open();

			assertThat(incident.requestRootCauseAnalysis("Customers noticed", "mona", LATER)).isTrue();
			assertThat(incident.requestRootCauseAnalysis("Asking again", "mona", LATER)).isFalse();

			assertThat(incident.rcaRequired()).isTrue();
			assertThat(incident.rcaRequested()).isTrue();
			assertThat(incident.rcaRequestReason()).isEqualTo("Customers noticed");
			assertRecorded(incident, TimelineType.RCA_REQUESTED, "mona", LATER,
					Map.of("reason", "Customers noticed", "requiredByPriority", false));
		}

	}

	@Nested
	class Ending {

		@Test
		void closingAResolvedIncidentEndsTheRoute() {
			Incident incident = Incidents.resolved();

			incident.close("rita", CLOSED_AT);

			assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
			assertThat(incident.stage()).isEqualTo(Stage.CLOSED);
			assertThat(incident.closedAt()).isEqualTo(CLOSED_AT);
			assertThat(incident.resolvedAt()).isEqualTo(RESOLVED_AT);
			assertRecorded(incident, TimelineType.CLOSED, "rita", CLOSED_AT,
					Map.of("resolution", Resolution.FIXED_BY_HOTFIX));
		}

		@Test
		void aFalseAlarmClosesStraightFromAcknowledgedAndCountsAsResolvedThen() {
			Incident incident = Incidents.falseAlarm();

			incident.close("firebreak", CLOSED_AT);

			assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
			assertThat(incident.stage()).isEqualTo(Stage.CLOSED);
			assertThat(incident.resolvedAt()).isEqualTo(CLOSED_AT);
			assertThat(incident.closedAt()).isEqualTo(CLOSED_AT);
			assertThat(incident.mitigatedAt()).isNull();
			assertRecorded(incident, TimelineType.CLOSED, "firebreak", CLOSED_AT,
					Map.of("resolution", Resolution.FALSE_ALARM));
		}

		@Test
		void cancellingAsADuplicateLinksTheOriginalAndEndsTheRoute() {
			Incident incident = Incidents.acknowledged();

			incident.cancelAsDuplicate(Incidents.original(), "Same outage", "mona", LATER);

			assertThat(incident.status()).isEqualTo(IncidentStatus.CANCELLED);
			assertThat(incident.resolution()).isEqualTo(Resolution.DUPLICATE);
			assertThat(incident.duplicateOf()).isEqualTo(7);
			assertThat(incident.stage()).isEqualTo(Stage.CLOSED);
			assertThat(incident.closedAt()).isEqualTo(LATER);
			assertThat(incident.resolvedAt()).isNull();
			assertRecorded(incident, TimelineType.CANCELLED_AS_DUPLICATE, "mona", LATER,
					Map.of("duplicateOf", "INC-000007", "reason", "Same outage"));
		}

		@ParameterizedTest(name = "{0}: {1}")
		@CsvSource(delimiter = '|', textBlock = """
				open                     | false
				acknowledged             | false
				mitigated                | false
				recovered unacknowledged | false
				resolved                 | true
				closed                   | true
				cancelled                | true
				""")
		void theDedupKeyIsFreeOnceTheProblemIsFixedOrTheIncidentIsOver(String state, boolean releases) {
			assertThat(Incidents.named(state).releasesDedupKey()).isEqualTo(releases);
		}

		@ParameterizedTest(name = "{0}, required {1}, recorded {2}: {3}")
		@CsvSource(delimiter = '|', textBlock = """
				acknowledged | false | false | NONE
				acknowledged | true  | false | PENDING
				resolved     | true  | false | PENDING
				resolved     | true  | true  | RECORDED
				false alarm  | true  | false | NONE
				closed       | true  | false | NONE
				closed       | false | true  | RECORDED
				cancelled    | true  | false | NONE
				""")
		void whereRootCauseAnalysisStands(String state, boolean required, boolean recorded,
				RootCauseAnalysis expected) {
			Incident incident = Incidents.named(state);
			incident.rcaRequired = required;

			assertThat(incident.rootCauseAnalysis(recorded)).isEqualTo(expected);
		}

		@Test
		void theAcknowledgeClockStartsAtTheFirstPageUnlessSomeoneTookItBefore() {
			Incident unpaged = Incidents.acknowledged();
			Incident pagedFirst = Incidents.acknowledged();
			pagedFirst.firstPagedAt = DETECTED_AT.plusSeconds(30);
			Incident pagedAfter = Incidents.acknowledged();
			pagedAfter.firstPagedAt = ACKNOWLEDGED_AT.plusSeconds(30);
			Incident waiting = Incidents.open();
			waiting.firstPagedAt = DETECTED_AT.plusSeconds(30);

			assertThat(unpaged.acknowledgeClockStart()).isEqualTo(DETECTED_AT);
			assertThat(pagedFirst.acknowledgeClockStart()).isEqualTo(DETECTED_AT.plusSeconds(30));
			assertThat(pagedAfter.acknowledgeClockStart()).isEqualTo(DETECTED_AT);
			assertThat(waiting.acknowledgeClockStart()).isEqualTo(DETECTED_AT.plusSeconds(30));
		}

	}

	/**
	 * The details of an entry recorded as plain values (every entry but a stage report).
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Change change) {
		return (Map<String, Object>) change.details();
	}

	private static Change onlyChange(Incident incident) {
		assertThat(incident.changes).as("timeline entries recorded").hasSize(1);
		return incident.changes.get(0);
	}

	/**
	 * Asserts the incident recorded exactly one entry, of this type, by this actor, at
	 * this time and, unless null, with exactly these details.
	 */
	private static Change assertRecorded(Incident incident, TimelineType type, String actor, Instant at,
			Object details) {
		Change change = onlyChange(incident);
		assertThat(change.type()).isEqualTo(type);
		assertThat(change.actor()).isEqualTo(actor);
		assertThat(change.at()).isEqualTo(at);
		if (details != null) {
			assertThat(change.details()).isEqualTo(details);
		}
		return change;
	}

}
