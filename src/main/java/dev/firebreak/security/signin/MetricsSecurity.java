package dev.firebreak.security.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import dev.firebreak.security.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Prometheus scrape ({@code /actuator/prometheus}) has a door of its own: scrapers
 * hold no user account, so they present the one metrics token
 * ({@code firebreak.security.metrics.token}) as a bearer token. Without a configured
 * token nobody gets in, unless {@code firebreak.security.metrics.open} says the network
 * already keeps strangers out. Never a session, never a cookie.
 */
@Configuration
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, MetricsProperties settings, ProblemResponses problems)
			throws Exception {
		http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
				.access((authentication, context) -> new AuthorizationDecision(
						settings.open() || presentsToken(context.getRequest(), settings.token())))
				.anyRequest()
				.denyAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfig::securityHeaders)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.apiEntryPoint())
				.accessDeniedHandler(problems.accessDenied()));
		return http.build();
	}

	/** Compared in constant time, so that the answer's timing tells nothing about it. */
	static boolean presentsToken(HttpServletRequest request, String token) {
		if (token == null || token.isBlank()) {
			return false;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		return MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
				token.trim().getBytes(StandardCharsets.UTF_8));
	}

}
