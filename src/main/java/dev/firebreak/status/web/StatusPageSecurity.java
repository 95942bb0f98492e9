package dev.firebreak.status.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The status page's own door, tried before every other: open to anyone, no session, no
 * cookie, nothing to post, and cacheable (the browser door answers {@code no-store}). Its
 * pages load no script, so the policy allows none.
 */
@Configuration(proxyBeanMethods = false)
class StatusPageSecurity {

	static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
			+ " form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(0)
	SecurityFilterChain statusPageDoor(HttpSecurity http) throws Exception {
		http.securityMatcher("/status", "/status/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY)));
		return http.build();
	}

	/** ETags from the body's hash: a proxy or browser holding the page gets 304. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> statusPageEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/status", "/status/*");
		return registration;
	}

}
