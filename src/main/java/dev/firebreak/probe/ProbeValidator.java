package dev.firebreak.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.firebreak.incident.ServiceCatalogue;
import dev.firebreak.failure.FieldError;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a probe request completely before anything is written: the bean-validation
 * annotations and the rules they cannot express (URL scheme, ranges between fields, the
 * catalogue) land in one error list. A rule between fields is only checked when the
 * fields themselves passed, so that one mistake gives one message.
 */
@Component
class ProbeValidator {

	private static final Set<String> SCHEMES = Set.of("http", "https");

	private final Validator validator;

	private final ServiceCatalogue catalogue;

	ProbeValidator(Validator validator, ServiceCatalogue catalogue) {
		this.validator = validator;
		this.catalogue = catalogue;
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
		Set<String> invalid = errors.stream().map(FieldError::field).collect(Collectors.toSet());
		if (!invalid.contains("url")) {
			urlProblem(request.url()).ifPresent(message -> errors.add(new FieldError("url", message)));
		}
		if (!invalid.contains("expectedStatusMin") && !invalid.contains("expectedStatusMax")
				&& request.expectedStatusMin() > request.expectedStatusMax()) {
			errors.add(new FieldError("expectedStatusMin",
					"must not be greater than expectedStatusMax (" + request.expectedStatusMax() + ")"));
		}
		if (!invalid.contains("timeoutMs") && !invalid.contains("intervalSeconds")
				&& request.timeoutMs() >= request.intervalSeconds() * 1000L) {
			// a check must end before the next one is due, or two would overlap
			errors.add(new FieldError("timeoutMs",
					"must be shorter than the interval (" + request.intervalSeconds() + " s)"));
		}
		if (request.keyword() != null && request.method() == ProbeMethod.HEAD) {
			errors.add(new FieldError("keyword", "needs method GET: answers to HEAD have no body"));
		}
		if (!invalid.contains("service")) {
			serviceProblem(request.service(), existing)
				.ifPresent(message -> errors.add(new FieldError("service", message)));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static Optional<String> urlProblem(String url) {
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
		return Optional.empty();
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

}
