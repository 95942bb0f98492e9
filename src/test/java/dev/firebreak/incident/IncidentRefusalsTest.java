package dev.firebreak.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.firebreak.failure.Failure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.firebreak.incident.Incidents.CLOSED_AT;
import static dev.firebreak.incident.Incidents.DETECTED_AT;
import static dev.firebreak.incident.Incidents.RESOLVE_DUE_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every move the incident's state does not allow is refused with
 * {@link IllegalIncidentTransitionException} (409, naming the incident and its status)
 * and changes nothing: no field, no timeline entry. The states are {@link Incidents}'.
 */
class IncidentRefusalsTest {

	/** After everything the built incidents did. */
	private static final Instant LATER = CLOSED_AT.plus(Duration.ofHours(1));

	/**
	 * Moves each state's guard refuses; the closed and cancelled incidents refuse every
	 * move (see below).
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			open                     | diagnose
			open                     | deploy a hotfix
			open                     | verify
			open                     | record a root cause
			open                     | close
			open                     | reassign to its own team
			open                     | cancel as a duplicate of itself
			acknowledged             | acknowledge
			acknowledged             | verify
			acknowledged             | record a root cause
			acknowledged             | close
			acknowledged             | recover before acknowledgement
			needing a fix            | verify
			needing a fix            | close
			false alarm              | verify
			false alarm              | record a root cause
			mitigated                | acknowledge
			mitigated                | diagnose
			mitigated                | record a root cause
			mitigated                | close
			mitigated                | recover before acknowledgement
			recovered unacknowledged | diagnose
			recovered unacknowledged | record a root cause
			recovered unacknowledged | close
			recovered unacknowledged | recover before acknowledgement
			resolved                 | acknowledge
			resolved                 | diagnose
			resolved                 | deploy a hotfix
			resolved                 | verify
			resolved                 | recover before acknowledgement
			""")
	void aMoveTheStateDoesNotAllowIsRefusedAndChangesNothing(String state, String move) {
		assertRefused(state, move);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("everyMoveOnAnEndedIncident")
	void anEndedIncidentRefusesEveryMove(String state, String move) {
		assertRefused(state, move);
	}

	static Stream<Arguments> everyMoveOnAnEndedIncident() {
		return Stream.of("closed", "closed false alarm", "cancelled")
			.flatMap(state -> MOVES.keySet().stream().map(move -> Arguments.of(state, move)));
	}

	private static void assertRefused(String state, String move) {
		Incident incident = Incidents.named(state);
		IncidentStatus status = incident.status();

		assertThatThrownBy(() -> move(move).accept(incident))
			.isInstanceOfSatisfying(IllegalIncidentTransitionException.class, refused -> {
				assertThat(refused.kind()).isEqualTo(Failure.Kind.CONFLICT);
				assertThat(refused.detail()).startsWith("Incident INC-000042 cannot ")
					.endsWith(" while it is " + status + ".");
			});
		assertThat(incident).as("nothing changed, nothing recorded")
			.usingRecursiveComparison()
			.isEqualTo(Incidents.named(state));
	}

	/**
	 * Every move a test names, by someone, later than anything the built incident did.
	 */
	private static final Map<String, Consumer<Incident>> MOVES = moves();

	private static Map<String, Consumer<Incident>> moves() {
		Map<String, Consumer<Incident>> moves = new LinkedHashMap<>();
		moves.put("prioritise", incident -> incident.applyPriority(Incidents.decision(false), "firebreak", LATER));
		moves.put("reassess", incident -> incident.reassess(Severity.LOW, Impact.LOW, "r", "mona", LATER));
		moves.put("enter a stage", incident -> incident.enterStage(Stage.ROOT_CAUSE_ANALYSIS, "firebreak", LATER));
		moves.put("claim a task", incident -> incident.recordTaskClaim("t", Stage.DIAGNOSIS, true, "rita", LATER));
		moves.put("release a task", incident -> incident.recordTaskClaim("t", Stage.DIAGNOSIS, false, "rita", LATER));
		moves.put("take over a task", incident -> incident.takeOverTask("t", Stage.DIAGNOSIS, "rita", "mona", LATER));
		moves.put("reassign", incident -> incident.reassign("payments", "r", "mona", LATER));
		moves.put("acknowledge", incident -> incident.acknowledge("rita", LATER));
		moves.put("diagnose",
				incident -> incident.diagnose(StageReports.diagnosis(DiagnosisOutcome.NEEDS_FIX, "x"), "rita", LATER));
		moves.put("deploy a hotfix", incident -> incident.deployHotfix(StageReports.hotfix("PR-1"), "ravi", LATER));
		moves.put("verify", incident -> incident.verify(StageReports.verification(true, "x"), "rita", LATER));
		moves.put("request RCA", incident -> incident.requestRootCauseAnalysis("r", "mona", LATER));
		moves.put("record a root cause", incident -> incident
			.recordRootCause(StageReports.rootCause(RootCauseCategory.CAPACITY), "rita", LATER));
		moves.put("close", incident -> incident.close("firebreak", LATER));
		moves.put("cancel as a duplicate",
				incident -> incident.cancelAsDuplicate(Incidents.original(), "r", "mona", LATER));
		moves.put("escalate", incident -> incident.escalate("manager", "r", "mona", LATER));
		moves.put("record an SLA breach",
				incident -> incident.recordSlaBreach("resolve", RESOLVE_DUE_AT, "firebreak", LATER));
		moves.put("record a recovery", incident -> incident.recordRecovery("alertmanager", "integration:x", LATER));
		moves.put("recover before acknowledgement",
				incident -> incident.recoverBeforeAcknowledgement("alertmanager", "integration:x", LATER));
		moves.put("go stale", incident -> incident.markStale(DETECTED_AT, "firebreak", LATER));
		return moves;
	}

	/** Moves refused in any state, kept out of the every-move list. */
	private static final Map<String, Consumer<Incident>> SELF_REFERENCES = Map.of("reassign to its own team",
			incident -> incident.reassign(incident.team(), "r", "mona", LATER), "cancel as a duplicate of itself",
			incident -> incident.cancelAsDuplicate(incident, "r", "mona", LATER));

	private static Consumer<Incident> move(String name) {
		Consumer<Incident> move = MOVES.containsKey(name) ? MOVES.get(name) : SELF_REFERENCES.get(name);
		if (move == null) {
			throw new IllegalArgumentException("No move called '" + name + "'");
		}
		return move;
	}

}
