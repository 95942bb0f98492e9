package dev.firebreak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to the feature whose code writes it, and no feature issues SQL
 * against another feature's tables: others read through the owner's query API. Checked on
 * the SQL text of the main sources, that is every string literal and text block of each
 * feature's files (its sub-packages included); comments may name any table. Camunda's
 * tables ({@code ACT_*}) belong to workflow, the only feature that touches the engine.
 */
class TableOwnershipTest {

	/** Each of our tables and the feature whose code writes it. */
	static final Map<String, String> OWNERS = Map.ofEntries(entry("fb_service", "incident"),
			entry("fb_incident", "incident"), entry("fb_timeline_entry", "incident"), entry("fb_work_task", "task"),
			entry("fb_integration", "intake"), entry("fb_change_event", "change"), entry("fb_alert_event", "intake"),
			entry("fb_cluster_lock", "cluster"), entry("fb_user", "security"), entry("fb_user_role", "security"),
			entry("fb_team", "security"), entry("fb_team_member", "security"), entry("fb_api_token", "security"),
			entry("fb_audit_log", "audit"), entry("fb_chain_head", "audit"), entry("fb_probe", "probe"),
			entry("fb_probe_sample", "probe"), entry("fb_probe_rollup", "probe"), entry("fb_daily_report", "report"),
			entry("fb_problem", "problem"), entry("fb_problem_fingerprint", "problem"),
			entry("fb_problem_incident", "problem"), entry("fb_export_job", "export"),
			entry("fb_report_subscription", "export"), entry("fb_report_mailing", "export"),
			entry("fb_schedule", "notify"), entry("fb_schedule_override", "notify"), entry("fb_user_feed", "notify"),
			entry("fb_escalation_policy", "notify"), entry("fb_team_policy", "notify"),
			entry("fb_service_policy", "notify"), entry("fb_contact_method", "notify"),
			entry("fb_notification_rule", "notify"), entry("fb_escalation", "notify"),
			entry("fb_notification", "notify"), entry("fb_signing_key", "notify"), entry("fb_silence", "suppression"),
			entry("fb_maintenance_window", "suppression"), entry("fb_suppressed_alert", "suppression"),
			// Spring Session's tables, named as it reads them; only Spring Session
			// queries them
			entry("spring_session", "security"), entry("fb_status_component", "status"),
			entry("fb_status_component_service", "status"), entry("spring_session_attributes", "security"),
			entry("fb_incident_responder", "incident"), entry("fb_incident_commander", "incident"),
			entry("fb_incident_follower", "notify"), entry("fb_status_subscriber", "status"),
			entry("fb_status_feedback", "status"), entry("fb_sla_calendar", "sla"), entry("fb_sla_policy", "sla"),
			entry("fb_sla_pause", "sla"), entry("fb_status_signup_window", "status"), entry("fb_follow_up", "followup"),
			entry("fb_postmortem", "postmortem"), entry("fb_improvement_goal", "report"));

	static final String ENGINE_OWNER = "workflow";

	private static final Path MAIN = Path.of("src/main/java/dev/firebreak");

	private static final Pattern TABLE = Pattern.compile("\\b(fb_[a-z0-9_]+|act_[a-z0-9_]+)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CREATED = Pattern.compile("createTable:\\s*\\n\\s*tableName:\\s*(\\w+)");

	@Test
	void everyTableOfTheChangelogHasAnOwner() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("db/changelog"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
				Matcher table = CREATED.matcher(Files.readString(file));
				while (table.find()) {
					created.add(table.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(created).as("tables created in db/changelog").isNotEmpty();
		assertThat(OWNERS.keySet()).as("tables with an owner in this test")
			.containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void noFeatureIssuesSqlAgainstAnotherFeaturesTables() throws IOException {
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
				Path relative = MAIN.relativize(file);
				String feature = relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
				violations.addAll(violations(file.toString(), feature, Files.readString(file)));
			}
		}
		assertThat(violations).as("SQL against tables another feature owns").isEmpty();
	}

	@Test
	void theScanCatchesAPlantedViolationAndOnlyInSql() {
		String source = """
				/** Reads fb_incident, which a comment may name. */
				class Planted {
					// and fb_timeline_entry too
					String own = "select * from fb_export_job where id = ?";
					String other = "select id from fb_incident where status = 'OPEN'";
					String block = \"""
							select * from FB_WORK_TASK t
							join ACT_RU_TASK a on a.ID_ = t.task_id\""";
					char quote = '"';
					String unknown = "fb_nobody";
				}
				""";
		assertThat(violations("export/Planted.java", "export", source)).containsExactly(
				"export/Planted.java: fb_incident (owned by incident)",
				"export/Planted.java: fb_work_task (owned by task)",
				"export/Planted.java: act_ru_task (owned by workflow)",
				"export/Planted.java: fb_nobody (a table no feature owns)");
		assertThat(violations("incident/Own.java", "incident", "String sql = \"select * from fb_incident\";"))
			.isEmpty();
		assertThat(violations("workflow/Engine.java", "workflow", "String sql = \"select * from ACT_RU_TASK\";"))
			.isEmpty();
		assertThat(literals("String a = \"x \\\"fb_a\\\" y\"; // \"fb_b\"\nchar c = '\\'';"))
			.containsExactly("x \\\"fb_a\\\" y");
	}

	/** "file: table (owned by ...)" for each table another feature owns, in order. */
	static List<String> violations(String file, String feature, String source) {
		List<String> found = new ArrayList<>();
		for (String literal : literals(source)) {
			Matcher table = TABLE.matcher(literal);
			while (table.find()) {
				String name = table.group(1).toLowerCase(Locale.ROOT);
				String owner = name.startsWith("act_") ? ENGINE_OWNER : OWNERS.get(name);
				if (owner == null) {
					found.add(file + ": " + name + " (a table no feature owns)");
				}
				else if (!owner.equals(feature)) {
					found.add(file + ": " + name + " (owned by " + owner + ")");
				}
			}
		}
		return found;
	}

	/** The contents of the string literals and text blocks of Java source, in order. */
	static List<String> literals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				i = end(source.indexOf('\n', i), source);
			}
			else if (source.startsWith("/*", i)) {
				i = end(source.indexOf("*/", i + 2), source) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int close = closing(source, i + 3, "\"\"\"");
				literals.add(source.substring(i + 3, close));
				i = close + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				String quote = String.valueOf(source.charAt(i));
				int close = closing(source, i + 1, quote);
				if (quote.equals("\"")) {
					literals.add(source.substring(i + 1, close));
				}
				i = close + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	/** Where {@code quote} closes what starts at {@code from}, skipping escapes. */
	private static int closing(String source, int from, String quote) {
		int i = from;
		while (i < source.length() && !source.startsWith(quote, i)) {
			i += source.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(i, source.length());
	}

	private static int end(int index, String source) {
		return index < 0 ? source.length() : index;
	}

}
