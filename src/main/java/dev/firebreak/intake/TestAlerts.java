package dev.firebreak.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.failure.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's <b>Send test alert</b>: a sample firing alert in the integration's own
 * format ({@link ConfigurationSnippets#sampleAlert}), read by that sender's reader and
 * stored in the inbox as the sender's endpoint would, so it goes the real way (the
 * worker, deduplication, silences, the route) and raises or repeats a test incident. Only
 * the key check is skipped: the key is not stored, and the admin is signed in.
 */
@Service
public class TestAlerts {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Integrations integrations;

	private final IntakeService intake;

	private final AlertInbox inbox;

	TestAlerts(Integrations integrations, IntakeService intake, AlertInbox inbox) {
		this.integrations = integrations;
		this.intake = intake;
		this.inbox = inbox;
	}

	/**
	 * @return the stored alert, whose result {@link #result} tells once processed
	 */
	@Transactional
	public Result send(long integrationId) {
		Integration integration = integrations.find(integrationId)
			.filter(found -> found.type() != IntegrationType.PROBE)
			.orElseThrow(
					() -> new NotFound("Integration not found", "There is no integration #" + integrationId + "."));
		List<InboundAlert> alerts = read(integration);
		intake.accept(integration, alerts);
		long id = inbox.latestId(integration.id(), alerts.get(0).dedupKey()).orElseThrow();
		return Result.of(id, AlertInbox.PENDING, null);
	}

	public java.util.Optional<Result> result(long integrationId, long alertId) {
		return inbox.result(integrationId, alertId);
	}

	private static List<InboundAlert> read(Integration integration) {
		JsonNode body;
		try {
			body = JSON
				.readTree(ConfigurationSnippets.sampleAlert(integration.type(), ConfigurationSnippets.KEY_PLACEHOLDER));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The sample alert is not JSON", ex);
		}
		return switch (integration.type()) {
			case ALERTMANAGER, GRAFANA -> AlertmanagerFormat.read(body, integration);
			case PAGERDUTY -> List.of(PagerDutyFormat.read(body, integration));
			case UPTIME_KUMA -> UptimeKumaFormat.read(body, integration);
			case GENERIC -> GenericFormat.read(body, integration);
			case PROBE -> throw new IllegalStateException("Probes send no test alerts");
		};
	}

	/**
	 * A test alert in the inbox.
	 *
	 * @param status {@code PENDING} until the worker took it, then {@code DONE} (or
	 * {@code FAILED}, with the error as its outcome)
	 * @param outcome what it did, as the inbox records it ({@code OPENED INC-000042},
	 * {@code REPEATED INC-000042}, {@code SUPPRESSED ...}); null while pending
	 * @param incident the incident it opened or repeated, if any
	 */
	public record Result(long alertId, String status, String outcome, String incident) {

		private static final Pattern NUMBER = Pattern.compile("INC-\\d+");

		static Result of(long id, String status, String outcome) {
			Matcher number = outcome == null ? null : NUMBER.matcher(outcome);
			return new Result(id, status, outcome, number != null && number.find() ? number.group() : null);
		}

		public boolean pending() {
			return AlertInbox.PENDING.equals(status);
		}

	}

}
