package dev.firebreak.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.export.IssueLogRows.EntryRow;
import dev.firebreak.export.IssueLogRows.TaskRow;

/**
 * What one incident's timeline entries and tasks add to its Incidents row: who worked
 * each stage, the latest hotfix reference, the root-cause summary, when SLA timers fired,
 * and the head of its hash chain.
 */
final class IncidentFacts {

	static final List<String> STAGES = List.of("DIAGNOSIS", "HOTFIX", "VERIFICATION", "ROOT_CAUSE_ANALYSIS");

	final Map<String, Set<String>> assignees = new LinkedHashMap<>();

	String hotfixReference;

	String rootCause;

	final Map<String, Instant> breachRecorded = new LinkedHashMap<>();

	EntryRow head;

	static IncidentFacts of(List<EntryRow> entries, List<TaskRow> tasks, ObjectMapper json) {
		IncidentFacts facts = new IncidentFacts();
		for (TaskRow task : tasks) {
			String who = task.completedBy() != null ? task.completedBy() : task.claimedBy();
			if (who != null) {
				facts.assignees.computeIfAbsent(task.stage(), stage -> new LinkedHashSet<>()).add(who);
			}
		}
		for (EntryRow entry : entries) {
			facts.head = entry;
			switch (entry.type()) {
				case "HOTFIX_DEPLOYED" -> facts.hotfixReference = text(Json.read(json, entry.details()), "reference");
				case "ROOT_CAUSE_RECORDED" -> facts.rootCause = rootCauseSummary(Json.read(json, entry.details()));
				case "SLA_BREACHED" -> {
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

	String assigneesOf(String stage) {
		Set<String> people = assignees.get(stage);
		return people == null ? null : String.join(", ", people);
	}

	/** "CATEGORY: why → why → why" */
	private static String rootCauseSummary(JsonNode form) {
		StringBuilder summary = new StringBuilder();
		String category = text(form, "rootCauseCategory");
		if (category != null) {
			summary.append(category);
		}
		JsonNode whys = form.path("fiveWhys");
		if (whys.isArray() && !whys.isEmpty()) {
			summary.append(summary.isEmpty() ? "" : ": ");
			for (int i = 0; i < whys.size(); i++) {
				summary.append(i == 0 ? "" : " → ").append(whys.get(i).asText());
			}
		}
		return summary.isEmpty() ? null : summary.toString();
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asText();
	}

}
