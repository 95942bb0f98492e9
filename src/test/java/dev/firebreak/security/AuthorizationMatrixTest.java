package dev.firebreak.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.firebreak.ApiClient.Credentials;
import dev.firebreak.ApiClient.Response;
import dev.firebreak.ApiClient;
import dev.firebreak.FirebreakTest;
import dev.firebreak.incident.Impact;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.MonitoredService;
import dev.firebreak.incident.NewIncident;
import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.incident.Severity;
import dev.firebreak.security.people.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Every API endpoint × every kind of caller → the status each must get. Each case runs on
 * fresh data (its own service, incident, task, person, team or token), and for every
 * refusal the state the call would have changed is read before and after: it must not
 * move.
 */
@FirebreakTest
class AuthorizationMatrixTest {

	/** Who calls; the columns of the table below, in this order. */
	enum Caller {

		ANONYMOUS(null), OWN_RESPONDER("rita"), OTHER_RESPONDER("otto"), MANAGER("mona"), AUDITOR("audra"),
		ADMIN("adam"),
		/** A monitoring tool's key: a bearer value that is no user's token. */
		INTEGRATION_KEY(null);

		final String user;

		Caller(String user) {
			this.user = user;
		}

		/**
		 * A live GENERIC integration's key: refused everywhere but at its intake
		 * endpoint.
		 */
		static String integrationKey;

		Credentials credentials() {
			return this == INTEGRATION_KEY ? Credentials.bearer(integrationKey) : Credentials.of(user);
		}

	}

	static Stream<Arguments> matrix() {
		List<Row> rows = List.of(
		// @formatter:off
		//                                                                                       anon own other mgr aud adm key
		row("GET incidents", f -> call(GET, "/api/v1/incidents"), Fixture::incident,             401, 200, 200, 200, 200, 200, 401),
		row("GET incident", f -> call(GET, f.incidentPath()), Fixture::incident,                 401, 200, 403, 200, 200, 200, 401),
		row("POST incidents", f -> call(POST, "/api/v1/incidents", f.report()), Fixture::incidentsOfService,
				                                                                                  401, 201, 201, 201, 403, 201, 401),
		row("POST priority", f -> call(POST, f.incidentPath() + "/priority",
				Map.of("severity", "CRITICAL", "impact", "HIGH", "reason", "r")), Fixture::incident, 401, 403, 403, 200, 403, 403, 401),
		row("POST escalate", f -> call(POST, f.incidentPath() + "/escalate", Map.of("reason", "r")), Fixture::incident,
				                                                                                  401, 403, 403, 200, 403, 403, 401),
		row("POST cancel", f -> call(POST, f.incidentPath() + "/cancel",
				Map.of("duplicateOf", f.otherIncident(), "reason", "r")), Fixture::incident,      401, 403, 403, 200, 403, 403, 401),
		row("POST reassign", f -> call(POST, f.incidentPath() + "/reassign",
				Map.of("team", "other", "reason", "r")), Fixture::incident,                       401, 403, 403, 200, 403, 403, 401),
		row("GET tasks team", f -> call(GET, "/api/v1/tasks?scope=team"), Fixture::incident,      401, 200, 200, 200, 200, 200, 401),
		row("GET tasks mine", f -> call(GET, "/api/v1/tasks?scope=mine"), Fixture::incident,      401, 200, 200, 200, 200, 200, 401),
		row("GET tasks all", f -> call(GET, "/api/v1/tasks?scope=all"), Fixture::incident,        401, 403, 403, 200, 200, 200, 401),
		row("POST claim", f -> call(POST, f.taskPath() + "/claim"), Fixture::incident,           401, 200, 403, 200, 403, 403, 401),
		row("POST unclaim (ravi's)", f -> call(POST, f.taskClaimedBy("ravi") + "/unclaim"), Fixture::incident,
				                                                                                  401, 409, 403, 200, 403, 403, 401),
		row("POST complete (ravi's)", f -> call(POST, f.taskClaimedBy("ravi") + "/complete", DIAGNOSIS),
				Fixture::incident,                                                                401, 409, 403, 204, 403, 403, 401),
		row("POST complete (rita's)", f -> call(POST, f.taskClaimedBy("rita") + "/complete", DIAGNOSIS),
				Fixture::incident,                                                                401, 204, 403, 204, 403, 403, 401),
		row("GET users", f -> call(GET, "/api/v1/users"), Fixture::people,                       401, 403, 403, 403, 200, 200, 401),
		row("GET user", f -> call(GET, "/api/v1/users/" + f.user()), Fixture::people,            401, 403, 403, 403, 200, 200, 401),
		row("POST users", f -> call(POST, "/api/v1/users", f.newUser()), Fixture::people,        401, 403, 403, 403, 403, 201, 401),
		row("PUT user", f -> call(PUT, "/api/v1/users/" + f.user(), Map.of("displayName", "Changed", "roles",
				List.of("MANAGER"))), Fixture::people,                                            401, 403, 403, 403, 403, 200, 401),
		row("POST user disable", f -> call(POST, "/api/v1/users/" + f.user() + "/disable"), Fixture::people,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST user enable", f -> call(POST, "/api/v1/users/" + f.disabledUser() + "/enable"), Fixture::people,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST user unlock", f -> call(POST, "/api/v1/users/" + f.lockedUser() + "/unlock"), Fixture::people,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("GET teams", f -> call(GET, "/api/v1/teams"), Fixture::teams,                        401, 403, 403, 403, 200, 200, 401),
		row("GET team", f -> call(GET, "/api/v1/teams/" + f.team()), Fixture::teams,             401, 403, 403, 403, 200, 200, 401),
		row("POST teams", f -> call(POST, "/api/v1/teams", Map.of("name", f.newName())), Fixture::teams,
				                                                                                  401, 403, 403, 403, 403, 201, 401),
		row("PUT team", f -> call(PUT, "/api/v1/teams/" + f.team(), Map.of("displayName", "Renamed")), Fixture::teams,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST team disable", f -> call(POST, "/api/v1/teams/" + f.team() + "/disable"), Fixture::teams,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST team enable", f -> call(POST, "/api/v1/teams/" + f.disabledTeam() + "/enable"), Fixture::teams,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST team member", f -> call(POST, "/api/v1/teams/" + f.team() + "/members", Map.of("username", f.user())),
				Fixture::teams,                                                                   401, 403, 403, 403, 403, 200, 401),
		row("DELETE team member", f -> call(DELETE, "/api/v1/teams/" + f.teamWithMember() + "/members/" + f.user()),
				Fixture::teams,                                                                   401, 403, 403, 403, 403, 200, 401),
		row("GET services", f -> call(GET, "/api/v1/services"), Fixture::services,               401, 200, 200, 200, 200, 200, 401),
		row("GET service", f -> call(GET, "/api/v1/services/" + f.service()), Fixture::services, 401, 200, 200, 200, 200, 200, 401),
		row("POST services", f -> call(POST, "/api/v1/services", Map.of("name", f.newName(), "tier", 2,
				"owningTeam", "ops", "uptimeTarget", 99.5)), Fixture::services,                   401, 403, 403, 403, 403, 201, 401),
		row("PUT service", f -> call(PUT, "/api/v1/services/" + f.service(), Map.of("tier", 3, "owningTeam", "ops",
				"uptimeTarget", 99)), Fixture::services,                                          401, 403, 403, 403, 403, 200, 401),
		row("POST service disable", f -> call(POST, "/api/v1/services/" + f.service() + "/disable"), Fixture::services,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST service enable", f -> call(POST, "/api/v1/services/" + f.disabledService() + "/enable"), Fixture::services,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("GET me", f -> call(GET, "/api/v1/me"), Fixture::tokens,                             401, 200, 200, 200, 200, 200, 401),
		row("GET my tokens", f -> call(GET, "/api/v1/me/tokens"), Fixture::tokens,               401, 200, 200, 200, 200, 200, 401),
		row("POST my tokens", f -> call(POST, "/api/v1/me/tokens", Map.of("name", "ci")), Fixture::tokens,
				                                                                                  401, 201, 201, 201, 201, 201, 401),
		row("DELETE my token", f -> call(DELETE, "/api/v1/me/tokens/" + f.ownToken()), Fixture::tokens,
				                                                                                  401, 204, 204, 204, 204, 204, 401),
		row("GET audit", f -> call(GET, "/api/v1/audit"), Fixture::people,                       401, 403, 403, 403, 200, 200, 401),
		row("GET integrations", f -> call(GET, "/api/v1/integrations"), Fixture::integrations,  401, 403, 403, 403, 403, 200, 401),
		row("GET integration", f -> call(GET, "/api/v1/integrations/" + f.integration()), Fixture::integrations,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST integrations", f -> call(POST, "/api/v1/integrations", Map.of("name", f.newName(), "type", "GENERIC",
				"defaultService", f.service())), Fixture::integrations,                          401, 403, 403, 403, 403, 201, 401),
		row("DELETE integration", f -> call(DELETE, "/api/v1/integrations/" + f.integration()), Fixture::integrations,
				                                                                                  401, 403, 403, 403, 403, 204, 401),
		row("POST integration test alert", f -> call(POST, "/api/v1/integrations/" + f.integration() + "/test-alert"),
				Fixture::inbox,                                                                   401, 403, 403, 403, 403, 202, 401),
		row("GET integration test alert", f -> call(GET, "/api/v1/integrations/" + f.integration() + "/test-alert/"
				+ f.testAlert()), Fixture::integrations,                                          401, 403, 403, 403, 403, 200, 401),
		row("POST intake (generic)", f -> call(POST, "/api/v1/intake/generic", Map.of("dedupKey", f.newName(),
				"title", "Matrix")), Fixture::inbox,                                              401, 401, 401, 401, 401, 401, 202),
		row("GET probes", f -> call(GET, "/api/v1/probes"), Fixture::probes,                     401, 403, 403, 403, 403, 200, 401),
		row("GET probe", f -> call(GET, "/api/v1/probes/" + f.probe()), Fixture::probes,        401, 403, 403, 403, 403, 200, 401),
		row("GET probe samples", f -> call(GET, "/api/v1/probes/" + f.probe() + "/samples"), Fixture::probes,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST probes", f -> call(POST, "/api/v1/probes", f.newProbe()), Fixture::probes,    401, 403, 403, 403, 403, 201, 401),
		row("PUT probe", f -> call(PUT, "/api/v1/probes/" + f.probe(), f.newProbe()), Fixture::probes,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("DELETE probe", f -> call(DELETE, "/api/v1/probes/" + f.probe()), Fixture::probes,  401, 403, 403, 403, 403, 204, 401),
		readOnly("POST probe test now", f -> call(POST, "/api/v1/probes/" + f.probe() + "/test"), Fixture::probes,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("POST heartbeat ping-secret", f -> call(POST, "/api/v1/probes/" + f.heartbeat() + "/ping-secret"),
				Fixture::heartbeatState,                                                          401, 403, 403, 403, 403, 200, 401),
		row("POST heartbeat ping", f -> call(POST, f.pingPath()), Fixture::heartbeatState,
				                                                                                  200, 200, 200, 200, 200, 200, 200),
		row("POST request-rca", f -> call(POST, f.incidentPath() + "/request-rca", Map.of("reason", "r")),
				Fixture::incident,                                                                401, 403, 403, 200, 403, 403, 401),
		row("GET responders", f -> call(GET, f.incidentPath() + "/responders"), Fixture::incident,
				                                                                                  401, 200, 403, 200, 200, 200, 401),
		row("POST responders", f -> call(POST, f.incidentPath() + "/responders", Map.of("team", "other")),
				Fixture::incident,                                                                401, 200, 403, 200, 403, 403, 401),
		row("DELETE responder", f -> call(DELETE, f.incidentWithOttoAdded() + "/responders/person/otto"),
				Fixture::incident,                                                                401, 200, 403, 200, 403, 403, 401),
		row("PUT commander", f -> call(PUT, f.incidentPath() + "/commander", Map.of("username", "ravi")),
				Fixture::incident,                                                                401, 200, 403, 200, 403, 403, 401),
		row("POST give task", f -> call(POST, f.taskOfIncidentWithOttoAdded() + "/give", Map.of("username", "otto")),
				Fixture::incident,                                                                401, 200, 403, 200, 403, 403, 401),
		// ownership: the team's responders and managers take; a manager or the owner hands over
		row("POST acknowledge", f -> call(POST, f.incidentPath() + "/acknowledge"), Fixture::incident,
				                                                                                  401, 200, 403, 200, 403, 403, 401),
		row("POST take over task (ravi's)", f -> call(POST, f.taskClaimedBy("ravi") + "/take-over"), Fixture::incident,
				                                                                                  401, 200, 403, 200, 403, 403, 401),
		row("POST take over incident (ravi's)", f -> call(POST, f.incidentOwnedBy("ravi") + "/take-over"),
				Fixture::incident,                                                                401, 200, 403, 200, 403, 403, 401),
		row("PUT owner (ravi's)", f -> call(PUT, f.incidentOwnedBy("ravi") + "/owner", Map.of("username", "rita")),
				Fixture::incident,                                                                401, 403, 403, 200, 403, 403, 401),
		row("POST quick resolve", f -> call(POST, f.incidentPath() + "/quick-resolve",
				Map.of("outcome", "FALSE_ALARM", "findings", "test alert")), Fixture::incident,  401, 200, 403, 200, 403, 403, 401),
		row("GET follow", f -> call(GET, f.incidentPath() + "/follow"), Fixture::followers,    401, 200, 403, 200, 200, 200, 401),
		row("PUT follow", f -> call(PUT, f.incidentPath() + "/follow"), Fixture::followers,    401, 200, 403, 200, 200, 200, 401),
		row("DELETE follow", f -> call(DELETE, f.followedByCaller()), Fixture::followers,      401, 200, 403, 200, 200, 200, 401),
		row("GET feedback", f -> call(GET, f.incidentPath() + "/feedback"), Fixture::incident,   401, 200, 403, 200, 200, 200, 401),
		// change events: a deployment needs a DEPLOYMENT integration's key (the matrix's key is GENERIC's);
		// an incident's changes are read by whoever sees the incident
		row("POST deployment", f -> call(POST, "/api/v1/intake/deployments", Map.of("version", "1.0.0")),
				Fixture::changes,                                                                 401, 401, 401, 401, 401, 401, 401),
		row("GET changes", f -> call(GET, f.incidentPath() + "/changes"), Fixture::incident,     401, 200, 403, 200, 200, 200, 401),
		// follow-up actions: whoever sees the incident reads them; its team and managers change them
		row("GET follow-ups", f -> call(GET, f.incidentPath() + "/follow-ups"), Fixture::followUps, 401, 200, 403, 200, 200, 200, 401),
		row("POST follow-up", f -> call(POST, f.incidentPath() + "/follow-ups", Map.of("title", "Add an alert", "owner", "rita",
				"dueDate", "2036-12-31")), Fixture::followUps,                                   401, 201, 403, 201, 403, 403, 401),
		row("GET follow-up", f -> call(GET, f.followUpPath()), Fixture::followUps,             401, 200, 403, 200, 200, 200, 401),
		row("PUT follow-up", f -> call(PUT, f.followUpPath(), Map.of("title", "Add an alert", "owner", "rita",
				"dueDate", "2036-12-31", "status", "DONE")), Fixture::followUps,                 401, 200, 403, 200, 403, 403, 401),
		row("GET overdue follow-ups", f -> call(GET, "/api/v1/follow-ups/overdue"), Fixture::followUps,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		// SLA: an incident's terms for whoever sees it; its team and managers pause it; admins change policies
		row("GET incident SLA terms", f -> call(GET, f.incidentPath() + "/sla"), Fixture::pauses, 401, 200, 403, 200, 200, 200, 401),
		row("POST waiting", f -> call(POST, f.incidentPath() + "/waiting", Map.of("reason", "THIRD_PARTY")), Fixture::pauses,
				                                                                                  401, 201, 403, 201, 403, 403, 401),
		row("DELETE waiting", f -> call(DELETE, f.waitingPath()), Fixture::pauses,              401, 200, 403, 200, 403, 403, 401),
		row("GET SLA policies", f -> call(GET, "/api/v1/sla-policies"), Fixture::slaPolicies,  401, 200, 200, 200, 200, 200, 401),
		row("POST SLA policies", f -> call(POST, "/api/v1/sla-policies", f.newSlaPolicy("PT1H")), Fixture::slaPolicies,
				                                                                                  401, 403, 403, 403, 403, 201, 401),
		row("GET SLA policy", f -> call(GET, f.slaPolicyPath()), Fixture::slaPolicies,         401, 200, 200, 200, 200, 200, 401),
		row("PUT SLA policy", f -> call(PUT, f.slaPolicyPath(), f.newSlaPolicy("PT2H")), Fixture::slaPolicies,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("DELETE SLA policy", f -> call(DELETE, f.slaPolicyPath()), Fixture::slaPolicies,   401, 403, 403, 403, 403, 204, 401),
		row("GET SLA calendars", f -> call(GET, "/api/v1/sla-calendars"), Fixture::slaCalendars, 401, 200, 200, 200, 200, 200, 401),
		row("POST SLA calendars", f -> call(POST, "/api/v1/sla-calendars", f.newSlaCalendar("09:00-17:00")),
				Fixture::slaCalendars,                                                            401, 403, 403, 403, 403, 201, 401),
		row("GET SLA calendar", f -> call(GET, f.slaCalendarPath()), Fixture::slaCalendars,    401, 200, 200, 200, 200, 200, 401),
		row("PUT SLA calendar", f -> call(PUT, f.slaCalendarPath(), f.newSlaCalendar("08:00-16:00")), Fixture::slaCalendars,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("DELETE SLA calendar", f -> call(DELETE, f.slaCalendarPath()), Fixture::slaCalendars,
				                                                                                  401, 403, 403, 403, 403, 204, 401),
		// postmortems: whoever sees the incident reads and downloads; its team and managers write; managers approve
		row("GET postmortem", f -> call(GET, f.incidentPath() + "/postmortem"), Fixture::postmortem,
				                                                                                  401, 200, 403, 200, 200, 200, 401),
		row("PUT postmortem", f -> call(PUT, f.incidentPath() + "/postmortem", Map.of("summary", "The disk filled up.")),
				Fixture::postmortem,                                                              401, 200, 403, 200, 403, 403, 401),
		row("POST postmortem approve", f -> call(POST, f.writtenPostmortemPath() + "/approve"), Fixture::postmortem,
				                                                                                  401, 403, 403, 200, 403, 403, 401),
		row("GET postmortem document", f -> call(GET, f.incidentPath() + "/postmortem.docx"), Fixture::postmortem,
				                                                                                  401, 200, 403, 200, 200, 200, 401),
		row("GET major incidents", f -> call(GET, "/api/v1/incidents/major"), Fixture::incident, 401, 200, 200, 200, 200, 200, 401),
		row("GET problems", f -> call(GET, "/api/v1/problems"), Fixture::problem,                401, 200, 200, 200, 200, 200, 401),
		row("GET problem", f -> call(GET, "/api/v1/problems/" + f.problemNumber()), Fixture::problem,
				                                                                                  401, 200, 403, 200, 200, 200, 401),
		row("PUT known error", f -> call(PUT, "/api/v1/problems/" + f.problemNumber() + "/known-error",
				Map.of("workaround", "Restart the pool")), Fixture::problem,                     401, 403, 403, 200, 403, 403, 401),
		row("GET daily report", f -> call(GET, "/api/v1/reports/daily/" + f.yesterday()), Fixture::dailyReport,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST regenerate daily report", f -> call(POST, "/api/v1/reports/daily/" + f.yesterday() + "/regenerate"),
				Fixture::dailyReport,                                                             401, 403, 403, 200, 403, 200, 401),
		row("GET SLA report", f -> call(GET, "/api/v1/reports/sla/" + f.lastMonth()), Fixture::dailyReport,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("GET weekly review", f -> call(GET, "/api/v1/reports/reviews/" + f.lastWeek()), Fixture::dailyReport,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("GET quarterly review workbook", f -> call(GET, "/api/v1/reports/reviews/" + f.lastQuarter() + ".xlsx"),
				Fixture::dailyReport,                                                             401, 200, 200, 200, 200, 200, 401),
		// improvement goals: managers set and remove them; whoever reads reports reads them
		row("GET goals", f -> call(GET, "/api/v1/goals"), Fixture::goals,                      401, 200, 200, 200, 200, 200, 401),
		row("POST goals", f -> call(POST, "/api/v1/goals", Map.of("metric", "MTTR_MINUTES", "service", f.service(),
				"target", 30, "deadline", "2099-12-31")), Fixture::goals,                        401, 403, 403, 201, 403, 403, 401),
		row("DELETE goal", f -> call(DELETE, "/api/v1/goals/" + f.goal()), Fixture::goals,     401, 403, 403, 204, 403, 403, 401),
		row("GET trends", f -> call(GET, "/api/v1/reports/trends?metric=incidents&by=day"), Fixture::dailyReport,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("GET availability", f -> call(GET, "/api/v1/services/" + f.service() + "/availability"), Fixture::services,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("GET issue log", f -> call(GET, "/api/v1/exports/issue-log.xlsx?service=" + f.service()), Fixture::exportsAudited,
				                                                                                  401, 403, 403, 200, 200, 200, 401),
		row("POST exports", f -> call(POST, "/api/v1/exports", Map.of("service", f.service())), Fixture::exportJobs,
				                                                                                  401, 403, 403, 202, 202, 202, 401),
		row("GET export job (mona's)", f -> call(GET, f.exportJob("mona")), Fixture::exportJobs, 401, 403, 403, 200, 200, 200, 401),
		row("GET export job (audra's)", f -> call(GET, f.exportJob("audra")), Fixture::exportJobs, 401, 403, 403, 404, 200, 200, 401),
		row("GET export file (mona's)", f -> call(GET, f.finishedExportJob("mona") + "/file"), Fixture::exportJobs,
				                                                                                  401, 403, 403, 200, 200, 200, 401),
		row("GET audit verify", f -> call(GET, "/api/v1/audit/verify"), Fixture::people,       401, 403, 403, 403, 200, 200, 401),
		// paging: on-call schedules (a team's managers and admins change them; its members cover)
		row("GET schedules", f -> call(GET, "/api/v1/schedules"), Fixture::schedules,          401, 200, 200, 200, 200, 200, 401),
		row("GET schedule", f -> call(GET, "/api/v1/schedules/" + f.schedule()), Fixture::schedules,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST schedules", f -> call(POST, "/api/v1/schedules", f.newSchedule(null)), Fixture::schedules,
				                                                                                  401, 403, 403, 201, 403, 201, 401),
		row("PUT schedule", f -> call(PUT, "/api/v1/schedules/" + f.schedule(), f.newSchedule(0)), Fixture::schedules,
				                                                                                  401, 403, 403, 200, 403, 200, 401),
		row("DELETE schedule", f -> call(DELETE, "/api/v1/schedules/" + f.schedule()), Fixture::schedules,
				                                                                                  401, 403, 403, 204, 403, 204, 401),
		row("GET overrides", f -> call(GET, "/api/v1/schedules/" + f.schedule() + "/overrides"), Fixture::schedules,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST override", f -> call(POST, "/api/v1/schedules/" + f.schedule() + "/overrides", f.newOverride()),
				Fixture::schedules,                                                               401, 201, 403, 201, 403, 201, 401),
		row("DELETE override", f -> call(DELETE, f.override()), Fixture::schedules,              401, 204, 403, 204, 403, 204, 401),
		row("GET shifts", f -> call(GET, "/api/v1/schedules/" + f.schedule() + "/shifts?from=2030-01-01T00:00:00Z"
				+ "&to=2030-01-08T00:00:00Z"), Fixture::schedules,                                401, 200, 200, 200, 200, 200, 401),
		row("GET on-call", f -> call(GET, "/api/v1/on-call?team=ops"), Fixture::schedules,      401, 200, 200, 200, 200, 200, 401),
		row("GET schedule feed", f -> call(GET, "/api/v1/schedules/" + f.schedule() + "/feed"), Fixture::schedules,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST schedule feed revoke", f -> call(POST, "/api/v1/schedules/" + f.schedule() + "/feed/revoke"),
				Fixture::schedules,                                                               401, 403, 403, 200, 403, 200, 401),
		row("GET my calendar feed", f -> call(GET, "/api/v1/me/calendar-feed"), Fixture::feeds, 401, 200, 200, 200, 200, 200, 401),
		row("POST my calendar feed revoke", f -> call(POST, "/api/v1/me/calendar-feed/revoke"), Fixture::feeds,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		// paging: escalation policies (a team's managers and admins change them)
		row("GET policies", f -> call(GET, "/api/v1/escalation-policies"), Fixture::policies,   401, 200, 200, 200, 200, 200, 401),
		row("GET policy", f -> call(GET, "/api/v1/escalation-policies/" + f.policy()), Fixture::policies,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST policies", f -> call(POST, "/api/v1/escalation-policies", f.newPolicy()), Fixture::policies,
				                                                                                  401, 403, 403, 201, 403, 201, 401),
		row("PUT policy", f -> call(PUT, "/api/v1/escalation-policies/" + f.policy(), f.newPolicy()), Fixture::policies,
				                                                                                  401, 403, 403, 200, 403, 200, 401),
		row("DELETE policy", f -> call(DELETE, "/api/v1/escalation-policies/" + f.policy()), Fixture::policies,
				                                                                                  401, 403, 403, 204, 403, 204, 401),
		// paging: everyone's own contact methods and rules; admins read anyone's
		row("GET my contact methods", f -> call(GET, "/api/v1/me/contact-methods"), Fixture::contacts,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST my contact methods", f -> call(POST, "/api/v1/me/contact-methods", f.newContactMethod()),
				Fixture::contacts,                                                                401, 201, 201, 201, 201, 201, 401),
		row("DELETE contact method (rita's)", f -> call(DELETE, "/api/v1/me/contact-methods/" + f.ritasMethod()),
				Fixture::contacts,                                                                401, 204, 404, 404, 404, 404, 401),
		row("POST test notification (rita's)", f -> call(POST, "/api/v1/me/contact-methods/" + f.ritasMethod() + "/test"),
				Fixture::contacts,                                                                401, 202, 404, 404, 404, 404, 401),
		row("GET my rules", f -> call(GET, "/api/v1/me/notification-rules"), Fixture::contacts, 401, 200, 200, 200, 200, 200, 401),
		row("POST my rules (rita's method)", f -> call(POST, "/api/v1/me/notification-rules",
				Map.of("contactMethodId", f.ritasMethod(), "delayMinutes", 5)), Fixture::contacts,
				                                                                                  401, 201, 400, 400, 400, 400, 401),
		row("DELETE rule (rita's)", f -> call(DELETE, "/api/v1/me/notification-rules/" + f.ritasRule()), Fixture::contacts,
				                                                                                  401, 204, 404, 404, 404, 404, 401),
		row("GET my notifications", f -> call(GET, "/api/v1/me/notifications"), Fixture::contacts,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("GET rita's contact methods", f -> call(GET, "/api/v1/users/rita/contact-methods"), Fixture::contacts,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("GET rita's rules", f -> call(GET, "/api/v1/users/rita/notification-rules"), Fixture::contacts,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("GET failing destinations", f -> call(GET, "/api/v1/contact-methods/failing"), Fixture::contacts,
				                                                                                  401, 403, 403, 403, 403, 200, 401),
		row("GET incident notifications", f -> call(GET, f.incidentPath() + "/notifications"), Fixture::incident,
				                                                                                  401, 200, 403, 200, 200, 200, 401),
		// scheduled reports by email: admins decide who receives them
		row("GET report subscriptions", f -> call(GET, "/api/v1/report-subscriptions"), Fixture::subscriptions,
				                                                                                  401, 403, 403, 200, 200, 200, 401),
		row("POST report subscriptions", f -> call(POST, "/api/v1/report-subscriptions", f.newSubscription()),
				Fixture::subscriptions,                                                           401, 403, 403, 403, 403, 201, 401),
		row("DELETE report subscription", f -> call(DELETE, "/api/v1/report-subscriptions/" + f.subscription()),
				Fixture::subscriptions,                                                           401, 403, 403, 403, 403, 204, 401),
		// suppression: managers and admins silence anything; a responder an incident of their team
		row("GET silences", f -> call(GET, "/api/v1/silences"), Fixture::silences,              401, 200, 200, 200, 200, 200, 401),
		row("POST silences (from ops incident)", f -> call(POST, "/api/v1/silences", f.newSilence()), Fixture::silences,
				                                                                                  401, 201, 403, 201, 403, 201, 401),
		row("GET silence", f -> call(GET, "/api/v1/silences/" + f.silence()), Fixture::silences, 401, 200, 200, 200, 200, 200, 401),
		row("GET silence alerts", f -> call(GET, "/api/v1/silences/" + f.silence() + "/alerts"), Fixture::silences,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST silence expire (mona's)", f -> call(POST, "/api/v1/silences/" + f.silence() + "/expire"),
				Fixture::silences,                                                                401, 403, 403, 200, 403, 200, 401),
		row("GET maintenance windows", f -> call(GET, "/api/v1/maintenance-windows"), Fixture::windows,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST maintenance windows", f -> call(POST, "/api/v1/maintenance-windows", f.newWindow()), Fixture::windows,
				                                                                                  401, 403, 403, 201, 403, 201, 401),
		row("GET maintenance window", f -> call(GET, "/api/v1/maintenance-windows/" + f.window()), Fixture::windows,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("PUT maintenance window", f -> call(PUT, "/api/v1/maintenance-windows/" + f.window(), f.changedWindow()),
				Fixture::windows,                                                                 401, 403, 403, 200, 403, 200, 401),
		row("POST maintenance window cancel", f -> call(POST, "/api/v1/maintenance-windows/" + f.window() + "/cancel"),
				Fixture::windows,                                                                 401, 403, 403, 200, 403, 200, 401),
		row("GET maintenance window alerts", f -> call(GET, "/api/v1/maintenance-windows/" + f.window() + "/alerts"),
				Fixture::windows,                                                                 401, 200, 200, 200, 200, 200, 401),
		row("GET status components", f -> call(GET, "/api/v1/status-components"), Fixture::statusComponents,
				                                                                                  401, 200, 200, 200, 200, 200, 401),
		row("POST status components", f -> call(POST, "/api/v1/status-components", f.newComponent()),
				Fixture::statusComponents,                                                        401, 403, 403, 403, 403, 201, 401),
		row("GET status component", f -> call(GET, "/api/v1/status-components/" + f.component()),
				Fixture::statusComponents,                                                        401, 200, 200, 200, 200, 200, 401),
		row("PUT status component", f -> call(PUT, "/api/v1/status-components/" + f.component(), f.newComponent()),
				Fixture::statusComponents,                                                        401, 403, 403, 403, 403, 200, 401),
		row("DELETE status component", f -> call(DELETE, "/api/v1/status-components/" + f.component()),
				Fixture::statusComponents,                                                        401, 403, 403, 403, 403, 204, 401));
		// @formatter:on
		List<Arguments> cases = new ArrayList<>();
		for (Row row : rows) {
			for (Caller caller : Caller.values()) {
				cases.add(Arguments.of(row, caller, row.expected()[caller.ordinal()]));
			}
		}
		return cases.stream();
	}

	static final Map<String, String> DIAGNOSIS = Map.of("outcome", "NEEDS_FIX", "findings", "disk full");

	@LocalServerPort
	int port;

	@Autowired
	IncidentService incidents;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserRepository users;

	@Autowired
	Clock clock;

	ApiClient api;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port);
		if (Caller.integrationKey == null) {
			String service = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
			catalogue.register(new MonitoredService(service, 2, "ops"));
			Caller.integrationKey = api
				.post("adam", "/api/v1/integrations",
						Map.of("name", "matrix", "type", "GENERIC", "defaultService", service))
				.body()
				.get("key")
				.asText();
		}
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("matrix")
	void eachCallerGetsExactlyWhatTheRulesAllow(Row row, Caller caller, int expected) {
		Fixture fixture = new Fixture(caller);
		Call call = row.call().apply(fixture);
		Object before = row.state().apply(fixture);

		Response response = api.call(caller.credentials(), call.method(), call.path(), call.body());

		assertThat(response.status()).as(response.body().toString()).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(response.contentType()).isEqualTo("application/problem+json");
			assertThat(row.state().apply(fixture)).as("state after a refused call").isEqualTo(before);
		}
		else if (call.method() != GET && row.changes()) {
			// the probe sees what the call changes, so its silence after a refusal means
			// something
			assertThat(row.state().apply(fixture)).as("state after an allowed call").isNotEqualTo(before);
		}
		else if (call.method() != GET) {
			assertThat(row.state().apply(fixture)).as("state after a read-only call").isEqualTo(before);
		}
	}

	static Row row(String name, Function<Fixture, Call> call, Function<Fixture, Object> state, int... expected) {
		assertThat(expected).hasSize(Caller.values().length);
		return new Row(name, call, state, true, expected);
	}

	/**
	 * A call that may run but changes nothing, such as "test now": its state must stay.
	 */
	static Row readOnly(String name, Function<Fixture, Call> call, Function<Fixture, Object> state, int... expected) {
		assertThat(expected).hasSize(Caller.values().length);
		return new Row(name, call, state, false, expected);
	}

	static Call call(HttpMethod method, String path) {
		return new Call(method, path, null);
	}

	static Call call(HttpMethod method, String path, Object body) {
		return new Call(method, path, body);
	}

	record Row(String name, Function<Fixture, Call> call, Function<Fixture, Object> state, boolean changes,
			int[] expected) {

		@Override
		public String toString() {
			return name;
		}

	}

	record Call(HttpMethod method, String path, Object body) {
	}

	/** The data one case works on, made on first use and read back by the probes. */
	class Fixture {

		private final Caller caller;

		private final String suffix = UUID.randomUUID().toString().substring(0, 8);

		private String service;

		private String incident;

		private String otherIncident;

		private String task;

		private String followUp;

		private Long slaPolicy;

		private Long slaCalendar;

		private String user;

		private String team;

		private String token;

		private Long integration;

		private Long testAlert;

		private Long probe;

		private Long heartbeat;

		private String pingPath;

		Fixture(Caller caller) {
			this.caller = caller;
		}

		String service() {
			if (service == null) {
				service = "svc-" + suffix;
				catalogue.register(new MonitoredService(service, 2, "ops"));
			}
			return service;
		}

		String incidentNumber() {
			if (incident == null) {
				incident = incidents
					.report(new NewIncident("Disk full", null, service(), Severity.HIGH, Impact.MEDIUM), "reporter")
					.number();
			}
			return incident;
		}

		String incidentPath() {
			return "/api/v1/incidents/" + incidentNumber();
		}

		String otherIncident() {
			if (otherIncident == null) {
				otherIncident = incidents
					.report(new NewIncident("Disk full too", null, service(), Severity.HIGH, Impact.MEDIUM), "reporter")
					.number();
			}
			return otherIncident;
		}

		String taskPath() {
			if (task == null) {
				task = get("mona", incidentPath()).at("/openTasks/0/id").asText();
			}
			return "/api/v1/tasks/" + task;
		}

		/** The follow address, which the caller (when they may) follows already. */
		String followedByCaller() {
			String path = incidentPath() + "/follow";
			if (caller.user != null && caller != Caller.OTHER_RESPONDER) {
				assertThat(api.put(caller.user, path, null).status()).isEqualTo(200);
			}
			return path;
		}

		/** A follow-up action of the incident, added by its manager. */
		String followUpPath() {
			if (followUp == null) {
				Response created = api.post("mona", incidentPath() + "/follow-ups",
						Map.of("title", "Bound the queue", "owner", "ravi", "dueDate", "2036-12-31"));
				assertThat(created.status()).isEqualTo(201);
				followUp = "/api/v1/follow-ups/" + created.body().get("id").asLong();
			}
			return followUp;
		}

		/** The incident, waiting on a third party since its manager said so. */
		String waitingPath() {
			String path = incidentPath() + "/waiting";
			assertThat(api.post("mona", path, Map.of("reason", "THIRD_PARTY")).status()).isEqualTo(201);
			return path;
		}

		/** The incident's waits: who started and ended each. */
		Object pauses() {
			return get("mona", incidentPath() + "/sla").get("pauses").toString();
		}

		/** A policy for this case's service alone. */
		Map<String, Object> newSlaPolicy(String acknowledgeWithin) {
			return Map.of("name", "Matrix " + suffix, "service", service(), "acknowledgeWithin", acknowledgeWithin,
					"resolveWithin", "PT8H");
		}

		String slaPolicyPath() {
			if (slaPolicy == null) {
				Response created = api.post("adam", "/api/v1/sla-policies", newSlaPolicy("PT30M"));
				assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
				slaPolicy = created.body().get("id").asLong();
			}
			return "/api/v1/sla-policies/" + slaPolicy;
		}

		Object slaPolicies() {
			return jdbc.sql("select id, name, acknowledge_within from fb_sla_policy order by id")
				.query()
				.listOfRows()
				.toString();
		}

		Map<String, Object> newSlaCalendar(String mondays) {
			return Map.of("name", "Matrix " + suffix, "zone", "Europe/Berlin", "hours",
					Map.of("MONDAY", List.of(mondays)), "holidays", List.of(), "firstYear", 2036, "lastYear", 2036);
		}

		String slaCalendarPath() {
			if (slaCalendar == null) {
				Response created = api.post("adam", "/api/v1/sla-calendars", newSlaCalendar("10:00-18:00"));
				assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
				slaCalendar = created.body().get("id").asLong();
			}
			return "/api/v1/sla-calendars/" + slaCalendar;
		}

		Object slaCalendars() {
			return jdbc.sql("select id, name, hours from fb_sla_calendar order by id").query().listOfRows().toString();
		}

		/** The incident's postmortem, its summary written by its manager. */
		String writtenPostmortemPath() {
			String path = incidentPath() + "/postmortem";
			assertThat(api.put("mona", path, Map.of("summary", "The disk filled up.")).status()).isEqualTo(200);
			return path;
		}

		/** What people wrote and approved of the incident's postmortem. */
		Object postmortem() {
			return jdbc.sql("select summary, updated_by, approved_by from fb_postmortem where incident_id = ?")
				.param(incidents.get(incidentNumber()).id())
				.query()
				.listOfRows()
				.toString();
		}

		/** The incident's follow-up actions: title and status of each. */
		Object followUps() {
			List<String> found = new ArrayList<>();
			get("mona", incidentPath() + "/follow-ups").get("followUps")
				.forEach(action -> found.add(action.get("title").asText() + "=" + action.get("status").asText()));
			return found;
		}

		/** Who among those who may see the incident follows it. */
		Object followers() {
			return Stream.of("rita", "mona", "audra", "adam")
				.map(user -> user + "=" + get(user, incidentPath() + "/follow").get("following").asBoolean())
				.toList();
		}

		/** The incident, with otto (team other) added to it as a responder by rita. */
		String incidentWithOttoAdded() {
			assertThat(api.post("rita", incidentPath() + "/responders", Map.of("username", "otto")).status())
				.isEqualTo(200);
			return incidentPath();
		}

		String taskOfIncidentWithOttoAdded() {
			incidentWithOttoAdded();
			return taskPath();
		}

		/** The incident, acknowledged (and so owned) by that person. */
		String incidentOwnedBy(String person) {
			String path = incidentPath();
			assertThat(api.post(person, path + "/acknowledge", null).status()).isEqualTo(200);
			return path;
		}

		String taskClaimedBy(String person) {
			String path = taskPath();
			assertThat(api.post(person, path + "/claim", null).status()).isEqualTo(200);
			return path;
		}

		Map<String, Object> report() {
			return Map.of("title", "Slow", "service", service(), "severity", "LOW", "impact", "LOW");
		}

		String newName() {
			return "new-" + suffix;
		}

		Map<String, Object> newUser() {
			return Map.of("username", newName(), "displayName", "New Person", "password", "a long enough passphrase",
					"roles", List.of("RESPONDER"));
		}

		String user() {
			if (user == null) {
				user = "person-" + suffix;
				Response created = api.post("adam", "/api/v1/users", Map.of("username", user, "displayName", "Person",
						"password", "a long enough passphrase", "roles", List.of("RESPONDER")));
				assertThat(created.status()).isEqualTo(201);
			}
			return user;
		}

		String disabledUser() {
			assertThat(api.post("adam", "/api/v1/users/" + user() + "/disable", null).status()).isEqualTo(200);
			return user;
		}

		String lockedUser() {
			users.lock(user(), clock.instant().plusSeconds(600));
			return user;
		}

		String disabledTeam() {
			assertThat(api.post("adam", "/api/v1/teams/" + team() + "/disable", null).status()).isEqualTo(200);
			return team;
		}

		String disabledService() {
			catalogue.setEnabled(service(), false);
			return service;
		}

		String team() {
			if (team == null) {
				team = "team-" + suffix;
				assertThat(api.post("adam", "/api/v1/teams", Map.of("name", team)).status()).isEqualTo(201);
			}
			return team;
		}

		String teamWithMember() {
			String name = team();
			assertThat(api.post("adam", "/api/v1/teams/" + name + "/members", Map.of("username", user())).status())
				.isEqualTo(200);
			return name;
		}

		/** A token of the caller's own (callers who cannot sign in get rita's). */
		long ownToken() {
			String owner = caller.user == null ? "rita" : caller.user;
			Response created = api.post(owner, "/api/v1/me/tokens", Map.of("name", "to revoke"));
			assertThat(created.status()).isEqualTo(201);
			token = created.body().get("token").asText();
			return created.body().get("id").asLong();
		}

		long integration() {
			if (integration == null) {
				Response created = api.post("adam", "/api/v1/integrations",
						Map.of("name", "int-" + suffix, "type", "GENERIC", "defaultService", service()));
				assertThat(created.status()).isEqualTo(201);
				integration = created.body().at("/integration/id").asLong();
			}
			return integration;
		}

		/** A test alert of the integration, sent by an admin. */
		long testAlert() {
			if (testAlert == null) {
				Response sent = api.post("adam", "/api/v1/integrations/" + integration() + "/test-alert", null);
				assertThat(sent.status()).isEqualTo(202);
				testAlert = sent.body().get("alertId").asLong();
			}
			return testAlert;
		}

		/** Disabled, so that no other test's run of due checks ever calls its URL. */
		Map<String, Object> newProbe() {
			return Map.of("name", "probe-" + suffix, "url", "http://127.0.0.1:9/health", "service", service(),
					"enabled", false);
		}

		/** A heartbeat of its own, with its secret check-in address. */
		long heartbeat() {
			if (heartbeat == null) {
				Response created = api.post("adam", "/api/v1/probes", Map.of("name", "heartbeat-" + suffix, "kind",
						"HEARTBEAT", "service", service(), "intervalSeconds", 3600));
				assertThat(created.status()).isEqualTo(201);
				heartbeat = created.body().get("id").asLong();
				pingPath = created.body().get("pingPath").asText();
			}
			return heartbeat;
		}

		String pingPath() {
			heartbeat();
			return pingPath;
		}

		/**
		 * What a check-in or a new address changes: the secret's hint and the last ping.
		 */
		Object heartbeatState() {
			JsonNode probe = get("adam", "/api/v1/probes/" + heartbeat());
			return probe.get("pingTokenHint").asText() + " " + probe.get("lastPingAt").asText();
		}

		long probe() {
			if (probe == null) {
				Response created = api.post("adam", "/api/v1/probes", newProbe());
				assertThat(created.status()).isEqualTo(201);
				probe = created.body().get("id").asLong();
			}
			return probe;
		}

		String problemNumber() {
			incidentNumber();
			return get("mona", "/api/v1/problems?service=" + service()).at("/items/0/number").asText();
		}

		String yesterday() {
			return java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1).toString();
		}

		String lastWeek() {
			java.time.LocalDate weekAgo = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
				.minusWeeks(1);
			return String.format(java.util.Locale.ROOT, "%d-W%02d",
					weekAgo.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
					weekAgo.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		}

		String lastQuarter() {
			java.time.LocalDate quarterAgo = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
				.minusMonths(3);
			return quarterAgo.getYear() + "-Q" + quarterAgo.get(java.time.temporal.IsoFields.QUARTER_OF_YEAR);
		}

		/** A goal mona set for this case's service. */
		long goal() {
			Response created = api.post("mona", "/api/v1/goals",
					Map.of("metric", "MTTR_MINUTES", "service", service(), "target", 30, "deadline", "2099-12-31"));
			assertThat(created.status()).isEqualTo(201);
			return created.body().get("id").asLong();
		}

		String lastMonth() {
			return java.time.YearMonth.from(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
				.minusMonths(1)
				.toString();
		}

		/** An export job of the fixture's service, started by {@code person}. */
		String exportJob(String person) {
			Response started = api.post(person, "/api/v1/exports", Map.of("service", service()));
			assertThat(started.status()).isEqualTo(202);
			return started.body().get("self").asText();
		}

		String finishedExportJob(String person) {
			String job = exportJob(person);
			for (int i = 0; i < 600; i++) {
				String status = get(person, job).get("status").asText();
				assertThat(status).isNotEqualTo("FAILED");
				if (status.equals("DONE")) {
					return job;
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
			throw new AssertionError("export job " + job + " did not finish");
		}

		// Paging: a schedule of team ops with rita on it

		Map<String, Object> newSchedule(Integer version) {
			Map<String, Object> body = new java.util.HashMap<>(Map.of("team", "ops", "name", "matrix-" + newName(),
					"timeZone", "Europe/Berlin", "layers", List.of(Map.of("rotation", "WEEKLY", "handoffTime", "09:00",
							"startDate", "2030-01-07", "participants", List.of("rita", "ravi")))));
			if (version != null) {
				body.put("version", version);
			}
			return body;
		}

		private Long schedule;

		long schedule() {
			if (schedule == null) {
				Response created = api.post("adam", "/api/v1/schedules", newSchedule(null));
				assertThat(created.status()).isEqualTo(201);
				schedule = created.body().get("id").asLong();
			}
			return schedule;
		}

		Map<String, Object> newOverride() {
			return Map.of("username", "ravi", "start", "2030-01-08T08:00:00Z", "end", "2030-01-08T20:00:00Z");
		}

		String override() {
			Response created = api.post("adam", "/api/v1/schedules/" + schedule() + "/overrides", newOverride());
			assertThat(created.status()).isEqualTo(201);
			return "/api/v1/schedules/" + schedule() + "/overrides/" + created.body().get("id").asLong();
		}

		// Paging: a policy of team ops that no incident follows (not the team's default)

		Map<String, Object> newPolicy() {
			return Map.of("team", "ops", "name", "matrix-" + newName(), "levels",
					List.of(Map.of("delayMinutes", 5, "targets", List.of(Map.of("kind", "USER", "ref", "rita")))));
		}

		private Long policy;

		long policy() {
			if (policy == null) {
				Response created = api.post("adam", "/api/v1/escalation-policies", newPolicy());
				assertThat(created.status()).isEqualTo(201);
				policy = created.body().get("id").asLong();
			}
			return policy;
		}

		Map<String, Object> newContactMethod() {
			return Map.of("kind", "EMAIL", "label", "matrix " + suffix, "address",
					"matrix-" + suffix + "@example.test");
		}

		private Long ritasMethod;

		long ritasMethod() {
			if (ritasMethod == null) {
				Response created = api.post("rita", "/api/v1/me/contact-methods", newContactMethod());
				assertThat(created.status()).isEqualTo(201);
				ritasMethod = created.body().at("/method/id").asLong();
			}
			return ritasMethod;
		}

		long ritasRule() {
			Response created = api.post("rita", "/api/v1/me/notification-rules",
					Map.of("contactMethodId", ritasMethod(), "priorities", List.of("P1"), "delayMinutes", 0));
			assertThat(created.status()).isEqualTo(201);
			return created.body().get("id").asLong();
		}

		Map<String, Object> newSubscription() {
			return Map.of("report", "DAILY", "audienceKind", "TEAM", "audience", team());
		}

		private Long subscription;

		long subscription() {
			if (subscription == null) {
				Response created = api.post("adam", "/api/v1/report-subscriptions", newSubscription());
				assertThat(created.status()).isEqualTo(201);
				subscription = created.body().get("id").asLong();
			}
			return subscription;
		}

		// Suppression: a silence of the fixture's service only, so no other test's alert
		// meets it

		Map<String, Object> newSilence() {
			return Map.of("matchers", List.of(Map.of("name", "service", "operator", "EQUAL", "value", service())),
					"endsAt", clock.instant().plusSeconds(3600).toString(), "comment", "matrix", "incident",
					incidentNumber());
		}

		private Long silence;

		long silence() {
			if (silence == null) {
				Response created = api.post("mona", "/api/v1/silences", newSilence());
				assertThat(created.status()).isEqualTo(201);
				silence = created.body().get("id").asLong();
			}
			return silence;
		}

		Map<String, Object> newWindow() {
			return Map.of("service", service(), "startsAt", clock.instant().plusSeconds(86_400).toString(), "endsAt",
					clock.instant().plusSeconds(90_000).toString(), "description", "matrix");
		}

		Map<String, Object> changedWindow() {
			Map<String, Object> changed = new java.util.HashMap<>(newWindow());
			changed.put("description", "matrix, changed");
			return changed;
		}

		private Long window;

		long window() {
			if (window == null) {
				Response created = api.post("mona", "/api/v1/maintenance-windows", newWindow());
				assertThat(created.status()).isEqualTo(201);
				window = created.body().get("id").asLong();
			}
			return window;
		}

		Map<String, Object> newComponent() {
			return Map.of("name", "Matrix " + suffix, "services", List.of(service()));
		}

		private Long component;

		long component() {
			if (component == null) {
				Response created = api.post("adam", "/api/v1/status-components",
						Map.of("name", "Matrix existing " + suffix, "services", List.of(service())));
				assertThat(created.status()).isEqualTo(201);
				component = created.body().get("id").asLong();
			}
			return component;
		}

		// What the calls could change, read by people allowed to read it

		/**
		 * The stored daily report, with when it was generated: a regeneration moves it.
		 */
		Object dailyReport() {
			return get("mona", "/api/v1/reports/daily/" + yesterday());
		}

		/** The problem, less its recurrence window, which moves with the clock. */
		Object problem() {
			ObjectNode body = (ObjectNode) get("mona", "/api/v1/problems/" + problemNumber());
			body.remove("recurrence");
			return body;
		}

		Object exportJobs() {
			return jdbc.sql("select count(*) from fb_export_job").query(Long.class).single();
		}

		Object exportsAudited() {
			return jdbc.sql("select count(*) from fb_audit_log where action = 'ISSUE_LOG_EXPORTED'")
				.query(Long.class)
				.single();
		}

		Object integrations() {
			return get("adam", "/api/v1/integrations");
		}

		Object probes() {
			return get("adam", "/api/v1/probes");
		}

		Object changes() {
			return jdbc.sql("select count(*) from fb_change_event").query(Long.class).single();
		}

		Object inbox() {
			return jdbc.sql("select count(*) from fb_alert_event").query(Long.class).single();
		}

		Object incident() {
			ObjectNode body = (ObjectNode) get("mona", incidentPath());
			body.remove("sla");
			return body;
		}

		Object incidentsOfService() {
			return get("mona", "/api/v1/incidents?service=" + service()).get("total").asLong();
		}

		Object people() {
			return List.of(get("adam", "/api/v1/users"), user == null ? "" : get("adam", "/api/v1/users/" + user));
		}

		Object teams() {
			return get("adam", "/api/v1/teams");
		}

		Object services() {
			return List.of(get("mona", "/api/v1/services?includeDisabled=true"),
					service == null ? "" : get("mona", "/api/v1/services/" + service));
		}

		Object schedules() {
			return List
				.of(jdbc.sql("select id, version, name, feed_generation from fb_schedule order by id")
					.query()
					.listOfRows(), jdbc.sql("select id from fb_schedule_override order by id").query().listOfRows())
				.toString();
		}

		Object feeds() {
			return jdbc.sql("select username, generation from fb_user_feed order by username")
				.query()
				.listOfRows()
				.toString();
		}

		Object policies() {
			return jdbc.sql("select id, version, name from fb_escalation_policy order by id")
				.query()
				.listOfRows()
				.toString();
		}

		/**
		 * Contact methods, rules and notifications of everyone (the calls change the
		 * caller's).
		 */
		Object contacts() {
			return List
				.of(jdbc.sql("select id, username, label from fb_contact_method order by id").query().listOfRows(),
						jdbc.sql("select id, username, delay_minutes from fb_notification_rule order by id")
							.query()
							.listOfRows(),
						jdbc.sql("select count(*) from fb_notification").query(Long.class).single())
				.toString();
		}

		Object silences() {
			return jdbc.sql("select id, ends_at, expired_by from fb_silence order by id")
				.query()
				.listOfRows()
				.toString();
		}

		Object statusComponents() {
			return jdbc
				.sql("select c.id, c.name, s.service from fb_status_component c"
						+ " left join fb_status_component_service s on s.component_id = c.id order by c.id, s.service")
				.query()
				.listOfRows()
				.toString();
		}

		Object windows() {
			return jdbc.sql("select id, description, ends_at, cancelled_by from fb_maintenance_window order by id")
				.query()
				.listOfRows()
				.toString();
		}

		Object goals() {
			return jdbc.sql("select id, service, target from fb_improvement_goal order by id")
				.query()
				.listOfRows()
				.toString();
		}

		Object subscriptions() {
			return jdbc.sql("select id, report, audience from fb_report_subscription order by id")
				.query()
				.listOfRows()
				.toString();
		}

		Object tokens() {
			return jdbc.sql("select id, username, name, revoked_at from fb_api_token order by id")
				.query()
				.listOfRows()
				.toString();
		}

		private JsonNode get(String person, String path) {
			Response response = api.get(person, path);
			assertThat(response.status()).as(path).isEqualTo(200);
			return response.body();
		}

	}

}
