package dev.firebreak.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.firebreak.failure.FieldError;
import dev.firebreak.incident.ServiceCatalogue;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a probe request completely before anything is written: the bean-validation
 * annotations, what the probe's kind requires, and the rules the annotations cannot
 * express (URL scheme, host and DNS names, ranges between fields, a single SELECT, the
 * catalogue, the allowed networks) land in one error list. A rule between fields is only
 * checked when the fields themselves passed, so that one mistake gives one message.
 */
@Component
class ProbeValidator {

	private static final Set<String> SCHEMES = Set.of("http", "https");

	/** RFC 9110's token: what a header name may be made of. */
	private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	private final Validator validator;

	private final ServiceCatalogue catalogue;

	private final ProbeProperties properties;

	private final TargetPolicy targets;

	ProbeValidator(Validator validator, ServiceCatalogue catalogue, ProbeProperties properties, TargetPolicy targets) {
		this.validator = validator;
		this.catalogue = catalogue;
		this.properties = properties;
		this.targets = targets;
	}

	/**
	 * @param existing the probe being replaced, or null for a new one
	 * @throws InvalidInputException naming every field that is wrong
	 */
	void check(ProbeRequest request, Probe existing) {
		List<FieldError> errors = new ArrayList<>();
		validator.validate(request)
			.forEach(violation -> errors
				.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage())));
		Set<String> invalid = errors.stream().map(FieldError::field).collect(Collectors.toCollection(HashSet::new));
		Errors add = (field, message) -> {
			if (!invalid.contains(field)) {
				errors.add(new FieldError(field, message));
				invalid.add(field);
			}
		};
		if (existing != null && existing.kind() != request.kind()) {
			add.put("kind", "cannot change (it is " + existing.kind() + "): create a new probe of another kind");
		}
		if (request.kind().polled() && !invalid.contains("timeoutMs") && !invalid.contains("intervalSeconds")
				&& request.timeoutMs() >= request.intervalSeconds() * 1000L) {
			// a check must end before the next one is due, or two would overlap
			add.put("timeoutMs", "must be shorter than the interval (" + request.intervalSeconds() + " s)");
		}
		if (request.kind().polled() && !invalid.contains("intervalSeconds") && request.intervalSeconds() > 86400) {
			add.put("intervalSeconds", "must be at most 86400 (a day) for checks Firebreak runs");
		}
		switch (request.kind()) {
			case HTTP -> http(request, invalid, add);
			case TCP, TLS -> {
				host(request.host(), add);
				if (request.port() == null) {
					add.put("port", "is required for a " + request.kind() + " check");
				}
			}
			case DNS -> dns(request, invalid, add);
			case HEARTBEAT -> {
				// the period (intervalSeconds) and the grace have their ranges; nothing
				// else
			}
			case DATA_INTEGRITY -> data(request, invalid, add);
		}
		if (!invalid.contains("service")) {
			serviceProblem(request.service(), existing).ifPresent(message -> add.put("service", message));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private void http(ProbeRequest request, Set<String> invalid, Errors add) {
		if (request.url() == null || request.url().isBlank()) {
			add.put("url", "is required for an HTTP check");
		}
		else if (!invalid.contains("url")) {
			urlProblem(request.url()).ifPresent(message -> add.put("url", message));
		}
		if (!invalid.contains("expectedStatusMin") && !invalid.contains("expectedStatusMax")
				&& request.expectedStatusMin() > request.expectedStatusMax()) {
			add.put("expectedStatusMin",
					"must not be greater than expectedStatusMax (" + request.expectedStatusMax() + ")");
		}
		if (request.expectedStatuses() != null && !invalid.contains("expectedStatuses")) {
			try {
				StatusSet.parse(request.expectedStatuses());
			}
			catch (IllegalArgumentException ex) {
				add.put("expectedStatuses", ex.getMessage());
			}
		}
		if (request.compareUrl() != null && !invalid.contains("compareUrl")) {
			urlProblem(request.compareUrl()).ifPresentOrElse(message -> add.put("compareUrl", message), () -> {
				if (request.jsonPath() == null) {
					add.put("compareUrl",
							"needs a jsonPath: the value at that path is what the two answers must agree on");
				}
			});
		}
		if (request.keyword() != null && request.method() == ProbeMethod.HEAD) {
			add.put("keyword", "needs a method other than HEAD: answers to HEAD have no body");
		}
		if (request.jsonPath() != null && !invalid.contains("jsonPath")) {
			if (request.method() == ProbeMethod.HEAD) {
				add.put("jsonPath", "needs a method other than HEAD: answers to HEAD have no body");
			}
			else {
				try {
					JsonPaths.parse(request.jsonPath());
				}
				catch (IllegalArgumentException ex) {
					add.put("jsonPath", ex.getMessage());
				}
			}
		}
		if (request.body() != null && !request.method().sendsBody()) {
			add.put("body", "is only sent with POST, PUT or PATCH");
		}
		if (request.headers() != null && !invalid.contains("headers")) {
			for (Map.Entry<String, String> header : request.headers().entrySet()) {
				String name = header.getKey();
				String value = header.getValue();
				if (name == null || !HEADER_NAME.matcher(name).matches()) {
					add.put("headers", "'" + name + "' is not a header name");
				}
				else if (HttpCheck.RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
						|| name.equalsIgnoreCase("user-agent")) {
					add.put("headers", "'" + name + "' is set by Firebreak itself");
				}
				else if (value == null || value.length() > 2000
						|| value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
					add.put("headers", "the value of '" + name + "' must be one line of at most 2000 characters");
				}
			}
		}
	}

	private void dns(ProbeRequest request, Set<String> invalid, Errors add) {
		if (request.host() == null) {
			add.put("host", "is required: the name to look up");
		}
		else if (!invalid.contains("host")) {
			HostNames.dnsNameProblem(request.host()).ifPresent(message -> add.put("host", message));
		}
		if (request.dnsServer() != null && !invalid.contains("dnsServer")) {
			try {
				HostPort server = HostPort.parse(request.dnsServer(), 53);
				HostNames.hostProblem(server.host()).ifPresent(message -> add.put("dnsServer", message));
				allowed(server.host(), "dnsServer", add);
			}
			catch (IllegalArgumentException ex) {
				add.put("dnsServer", ex.getMessage());
			}
		}
		if (request.expectedValue() != null
				&& (request.recordType() == RecordType.A || request.recordType() == RecordType.AAAA)
				&& HostNames.literal(request.expectedValue()).isEmpty()) {
			add.put("expectedValue", "must be an IP address for an " + request.recordType() + " record");
		}
	}

	private void data(ProbeRequest request, Set<String> invalid, Errors add) {
		if (request.dataSource() == null) {
			add.put("dataSource", "is required: the name of a configured data source");
		}
		else if (!invalid.contains("dataSource") && !properties.dataSources().containsKey(request.dataSource())) {
			add.put("dataSource", "no data source named '" + request.dataSource()
					+ "' is configured (firebreak.probes.data-sources)");
		}
		if (request.query() == null) {
			add.put("query", "is required: one SELECT");
		}
		else if (!invalid.contains("query")) {
			SqlGuard.problem(request.query()).ifPresent(message -> add.put("query", message));
		}
		switch (request.expectation()) {
			case ROW_COUNT_BETWEEN -> {
				if (request.expectedMin() == null && request.expectedMax() == null) {
					add.put("expectedMin", "give expectedMin, expectedMax or both for ROW_COUNT_BETWEEN");
				}
				else if (request.expectedMin() != null && request.expectedMax() != null
						&& !invalid.contains("expectedMin") && !invalid.contains("expectedMax")
						&& request.expectedMin() > request.expectedMax()) {
					add.put("expectedMin", "must not be greater than expectedMax (" + request.expectedMax() + ")");
				}
			}
			case VALUE_EQUALS -> {
				if (request.expectedValue() == null) {
					add.put("expectedValue", "is required for VALUE_EQUALS");
				}
			}
			case ZERO_ROWS -> {
			}
		}
	}

	private void host(String host, Errors add) {
		if (host == null) {
			add.put("host", "is required: the host to connect to");
			return;
		}
		HostNames.hostProblem(host).ifPresent(message -> add.put("host", message));
		allowed(host, "host", add);
	}

	/** An address outside the allowed networks is refused at once; names when checked. */
	private void allowed(String host, String field, Errors add) {
		if (!targets.restricted()) {
			return;
		}
		HostNames.literal(host).ifPresent(address -> {
			try {
				targets.resolve(address.getHostAddress());
			}
			catch (TargetPolicy.TargetRefusedException | java.net.UnknownHostException ex) {
				add.put(field, "is outside the networks probes may reach (firebreak.probes.allowed-networks)");
			}
		});
	}

	private Optional<String> urlProblem(String url) {
		URI uri;
		try {
			uri = new URI(url.trim());
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a valid URL: " + ex.getReason());
		}
		if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
			return Optional.of("must be an http:// or https:// URL");
		}
		if (uri.getHost() == null) {
			return Optional.of("must name a host");
		}
		if (uri.getUserInfo() != null) {
			// the URL is shown back in the API; a password in it would be readable there
			return Optional.of("must not contain a user name or password");
		}
		List<String> refused = new ArrayList<>();
		allowed(uri.getHost(), "url", (field, message) -> refused.add(message));
		return refused.stream().findFirst();
	}

	/**
	 * Samples are counted for the probe's service; moving a probe to another service
	 * would move its history with it, so the service is fixed once created.
	 */
	private Optional<String> serviceProblem(String service, Probe existing) {
		if (existing != null && !existing.service().equals(service)) {
			return Optional
				.of("cannot change (it is '" + existing.service() + "'): create a new probe for another service");
		}
		if (catalogue.find(service).isEmpty()) {
			return Optional.of("no service named '" + service + "' is in the catalogue");
		}
		return Optional.empty();
	}

	/** Adds an error for a field, once: the first message for a field is kept. */
	@FunctionalInterface
	private interface Errors {

		void put(String field, String message);

	}

}
