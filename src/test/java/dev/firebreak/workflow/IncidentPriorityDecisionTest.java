package dev.firebreak.workflow;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases for processes/incident-priority.dmn: one or more per rule, each naming the
 * rule that must match first, and a final check that no rule went untested.
 */
class IncidentPriorityDecisionTest {

	private static final Set<String> matchedRules = new HashSet<>();

	private static DmnEngine engine;

	private static DmnDecision decision;

	private static final List<String> lastMatch = new java.util.ArrayList<>();

	@BeforeAll
	static void parseDecision() throws Exception {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
			@Override
			public void notify(DmnDecisionTableEvaluationEvent event) {
				lastMatch.clear();
				event.getMatchingRules().forEach(rule -> lastMatch.add(rule.getId()));
			}
		}));
		engine = configuration.buildEngine();
		try (InputStream model = IncidentPriorityDecisionTest.class
			.getResourceAsStream("/processes/incident-priority.dmn")) {
			decision = engine.parseDecision("incident-priority", model);
		}
	}

	@ParameterizedTest(name = "{0} tier {1} impact {2} -> {3} (rule {7})")
	@CsvSource({
			// severity, tier, impact, priority, ack, resolve, rca, rule
			"CRITICAL, 1, LOW,    P1, PT15M, PT4H, true,  rule_1",
			"CRITICAL, 1, HIGH,   P1, PT15M, PT4H, true,  rule_1",
			"CRITICAL, 3, HIGH,   P1, PT15M, PT4H, true,  rule_2",
			"CRITICAL, 2, MEDIUM, P2, PT30M, PT8H, true,  rule_3",
			"CRITICAL, 3, LOW,    P2, PT30M, PT8H, true,  rule_3",
			"HIGH,     1, HIGH,   P1, PT15M, PT4H, true,  rule_4",
			"HIGH,     1, LOW,    P2, PT30M, PT8H, true,  rule_5",
			"HIGH,     2, MEDIUM, P2, PT30M, PT8H, true,  rule_5",
			"HIGH,     3, HIGH,   P2, PT30M, PT8H, true,  rule_6",
			"HIGH,     3, MEDIUM, P3, PT4H,  P3D,  false, rule_7",
			"MEDIUM,   1, HIGH,   P2, PT30M, PT8H, true,  rule_8",
			"MEDIUM,   1, LOW,    P4, P1D,   P10D, false, rule_9",
			"MEDIUM,   3, LOW,    P4, P1D,   P10D, false, rule_9",
			"MEDIUM,   2, HIGH,   P3, PT4H,  P3D,  false, rule_10",
			"MEDIUM,   1, MEDIUM, P3, PT4H,  P3D,  false, rule_10",
			"LOW,      1, HIGH,   P4, P1D,   P10D, false, rule_11",
			"LOW,      3, LOW,    P4, P1D,   P10D, false, rule_11" })
	void decidesPriorityAndTargets(String severity, int tier, String impact, String priority, String ack,
			String resolve, boolean rca, String rule) {
		DmnDecisionResultEntries result = engine
			.evaluateDecision(decision, Map.of("severity", severity, "serviceTier", tier, "impact", impact))
			.getSingleResult();

		assertThat(lastMatch).first().isEqualTo(rule);
		assertThat((String) result.getEntry("priority")).isEqualTo(priority);
		assertThat((String) result.getEntry("acknowledgeWithin")).isEqualTo(ack);
		assertThat((String) result.getEntry("resolveWithin")).isEqualTo(resolve);
		assertThat((Boolean) result.getEntry("rcaRequired")).isEqualTo(rca);
		matchedRules.add(rule);
	}

	@AfterAll
	static void everyRuleHasAGoldenCase() {
		Set<String> allRules = decision
			.getDecisionLogic() instanceof org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl table
					? table.getRules().stream().map(r -> r.getId()).collect(Collectors.toSet()) : Set.of();
		assertThat(allRules).hasSize(11);
		assertThat(matchedRules).containsExactlyInAnyOrderElementsOf(allRules);
	}

}
