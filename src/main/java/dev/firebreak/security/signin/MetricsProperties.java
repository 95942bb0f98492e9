package dev.firebreak.security.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read {@code /actuator/prometheus}.
 *
 * @param token the bearer token Prometheus presents on every scrape (from
 * {@code FIREBREAK_METRICS_TOKEN}); empty refuses every scrape
 * @param open true lets anyone scrape without a token, for when only the network (a
 * private interface, a firewall) keeps strangers away
 */
@ConfigurationProperties("firebreak.security.metrics")
record MetricsProperties(String token, @DefaultValue("false") boolean open) {

	/** Keeps the token out of logs and the configuration report. */
	@Override
	public String toString() {
		return "MetricsProperties[token=" + (token == null || token.isBlank() ? "none" : "****") + ", open=" + open
				+ "]";
	}

}
