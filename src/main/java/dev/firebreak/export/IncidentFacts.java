package dev.firebreak.export;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRecord;
import dev.firebreak.incident.Stage;
import dev.firebreak.incident.StageReport;
import dev.firebreak.incident.TimelineRecord;
import dev.firebreak.sla.SlaCountdown;
import dev.firebreak.sla.SlaState;
import dev.firebreak.task.WorkTaskRecord;

/**
 * Everything one incident's Incidents row needs besides writing its cells: its number and
 * those of the incidents it refers to, the state of its SLA clocks and its times to
 * acknowledge and resolve, and what its timeline entries and tasks add (who worked each
 * stage, the latest hotfix reference, the root-cause summary, when SLA timers fired, the
 * head of its hash chain). Computed on the thread that reads the page ahead
 * ({@link IssueLogPages}), so that the writing thread only writes cells.
 */
final class IncidentFacts {

	static final List<Stage> STAGES = List.of(Stage.DIAGNOSIS, Stage.HOTFIX, Stage.VERIFICATION,
			Stage.ROOT_CAUSE_ANALYSIS);

	final Map<Stage, Set<String>> assignees = new LinkedHashMap<>();

	String hotfixReference;

	String rootCause;

	final Map<String, Instant> breachRecorded = new LinkedHashMap<>();

	TimelineRecord head;

	String number;

	String recurrenceOf;

	String duplicateOf;

	SlaState sla;

	String acknowledgeState;

	String resolveState;

	Duration timeToAcknowledge;

	Duration timeToResolve;

	/** Who worked each of {@link #STAGES}, in that order; null where nobody did. */
	final List<String> stageAssignees = new ArrayList<>(STAGES.size());

	/**
	 * @param sla its clocks at the time of the export, as {@code sla} computes them
	 */
	static IncidentFacts of(IncidentRecord incident, List<TimelineRecord> entries, List<WorkTaskRecord> tasks,
			SlaState sla, ObjectMapper json) {
		IncidentFacts facts = of(entries, tasks, json);
		facts.number = incident.number();
		facts.recurrenceOf = incident.recurrenceOf() == null ? null : Incident.number(incident.recurrenceOf());
		facts.duplicateOf = incident.duplicateOf() == null ? null : Incident.number(incident.duplicateOf());
		facts.sla = sla;
		facts.acknowledgeState = state(facts.sla.acknowledge());
		facts.resolveState = state(facts.sla.resolve());
		facts.timeToAcknowledge = between(incident.acknowledgeClockStart(), incident.acknowledgedAt());
		facts.timeToResolve = between(incident.detectedAt(), incident.resolvedAt());
		for (Stage stage : STAGES) {
			facts.stageAssignees.add(facts.assigneesOf(stage));
		}
		return facts;
	}

	/** met / breached once the clock stopped; running / overdue while it runs. */
	static String state(SlaCountdown clock) {
		if (clock.due() == null) {
			return null;
		}
		if (clock.stoppedAt() != null) {
			return clock.breached() ? "breached" : "met";
		}
		return clock.breached() ? "overdue" : "running";
	}

	static Duration between(Instant start, Instant end) {
		return start == null || end == null ? null : Duration.between(start, end);
	}

	private static IncidentFacts of(List<TimelineRecord> entries, List<WorkTaskRecord> tasks, ObjectMapper json) {
		IncidentFacts facts = new IncidentFacts();
		for (WorkTaskRecord task : tasks) {
			String who = task.completedBy() != null ? task.completedBy() : task.claimedBy();
			if (who != null) {
				facts.assignees.computeIfAbsent(task.stage(), stage -> new LinkedHashSet<>()).add(who);
			}
		}
		for (TimelineRecord entry : entries) {
			facts.head = entry;
			switch (entry.type()) {
				case HOTFIX_DEPLOYED ->
					facts.hotfixReference = hotfixReference(Json.read(json, entry.details(), StageReport.Hotfix.class));
				case ROOT_CAUSE_RECORDED ->
					facts.rootCause = rootCauseSummary(Json.read(json, entry.details(), StageReport.RootCause.class));
				case SLA_BREACHED -> {
					String clock = text(Json.read(json, entry.details()), "clock");
					if (clock != null) {
						facts.breachRecorded.putIfAbsent(clock, entry.at());
					}
				}
				default -> {
				}
			}
		}
		return facts;
	}

	String assigneesOf(Stage stage) {
		Set<String> people = assignees.get(stage);
		return people == null ? null : String.join(", ", people);
	}

	private static String hotfixReference(StageReport.Hotfix hotfix) {
		return hotfix == null ? null : hotfix.reference();
	}

	/** "CATEGORY: why → why → why" */
	private static String rootCauseSummary(StageReport.RootCause form) {
		if (form == null) {
			return null;
		}
		StringBuilder summary = new StringBuilder();
		if (form.rootCauseCategory() != null) {
			summary.append(form.rootCauseCategory().name());
		}
		List<String> whys = form.fiveWhys();
		if (whys != null && !whys.isEmpty()) {
			summary.append(summary.isEmpty() ? "" : ": ");
			for (int i = 0; i < whys.size(); i++) {
				summary.append(i == 0 ? "" : " → ").append(whys.get(i));
			}
		}
		return summary.isEmpty() ? null : summary.toString();
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asText();
	}

}
