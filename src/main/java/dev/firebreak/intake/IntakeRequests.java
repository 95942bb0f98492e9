package dev.firebreak.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import dev.firebreak.failure.Failure.Kind;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reading an intake request defensively, before anything is stored: JSON content type,
 * bounded size (counted while reading, whatever Content-Length claims), valid JSON, a
 * live integration key. Public for the change feature's endpoints, which take the same
 * keys under the same rules.
 */
@Component
public class IntakeRequests {

	private final ObjectMapper json;

	private final Integrations integrations;

	private final IntakeProperties properties;

	IntakeRequests(ObjectMapper json, Integrations integrations, IntakeProperties properties) {
		this.json = json;
		this.integrations = integrations;
		this.properties = properties;
	}

	public JsonNode readJson(HttpServletRequest request) {
		requireJson(request.getContentType());
		int limit = properties.maxBodyBytes();
		if (request.getContentLengthLong() > limit) {
			throw tooLarge(limit);
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(limit + 1);
		}
		catch (IOException ex) {
			throw new IntakeRejectedException(Kind.INVALID_INPUT, "The request body could not be read.");
		}
		if (body.length > limit) {
			throw tooLarge(limit);
		}
		try {
			JsonNode node = json.readTree(body);
			if (node == null || !node.isObject()) {
				throw new IntakeRejectedException(Kind.INVALID_INPUT, "The body must be a JSON object.");
			}
			return node;
		}
		catch (JsonProcessingException ex) {
			throw new IntakeRejectedException(Kind.INVALID_INPUT,
					"The body is not valid JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new IntakeRejectedException(Kind.INVALID_INPUT, "The request body could not be read.");
		}
	}

	/**
	 * The integration named by {@code Authorization: Bearer <key>}, which must be of
	 * {@code type}.
	 */
	public Integration bearerIntegration(HttpServletRequest request, IntegrationType type) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : null;
		Integration integration = liveIntegration(key).orElseThrow(
				() -> new UnknownKeyException(key == null ? "Send the integration key as 'Authorization: Bearer <key>'."
						: "The integration key is unknown or was deleted."));
		if (integration.type() != type) {
			throw new UnknownKeyException("This key belongs to the " + integration.type() + " integration '"
					+ integration.name() + "'; this endpoint takes " + type + " alerts.");
		}
		return integration;
	}

	/**
	 * The live PAGERDUTY integration whose key is the event's {@code routing_key}: the
	 * key of PagerDuty's alert events and, as in PagerDuty, of its change events.
	 */
	public Optional<Integration> pagerDutyIntegration(JsonNode event) {
		return liveIntegration(PagerDutyFormat.routingKey(event))
			.filter(candidate -> candidate.type() == IntegrationType.PAGERDUTY);
	}

	/**
	 * A live integration for this key; Firebreak's own probe integration never answers to
	 * a key.
	 */
	public Optional<Integration> liveIntegration(String key) {
		return integrations.authenticate(key).filter(integration -> integration.type() != IntegrationType.PROBE);
	}

	private static void requireJson(String contentType) {
		MediaType type;
		try {
			type = contentType == null ? null : MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException ex) {
			type = null;
		}
		boolean json = type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| (type.getSubtype() != null && type.getSubtype().endsWith("+json")));
		if (!json) {
			throw new IntakeRejectedException(Kind.UNSUPPORTED_FORMAT, "Send alerts as application/json (got "
					+ (contentType == null ? "no content type" : contentType) + ").");
		}
	}

	private static IntakeRejectedException tooLarge(int limit) {
		return new IntakeRejectedException(Kind.TOO_LARGE, "The body is larger than " + (limit / 1024) + " KB.");
	}

}
