package dev.firebreak.security;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every route needs a signed-in person except the bare health check (status only, for
 * load balancers). The API is stateless HTTP Basic, so it keeps no session and needs no
 * CSRF token.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

	/**
	 * Monitoring tools do not sign in: the intake endpoints check the integration key in
	 * the request themselves (in each sender's own convention) and accept nothing else.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain intake(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/intake/**", "/v2/enqueue")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/incidents/*/priority", "/api/v1/incidents/*/escalate",
					"/api/v1/incidents/*/cancel", "/api/v1/incidents/*/request-rca")
			.hasRole(Role.MANAGER.name())
			.requestMatchers("/api/v1/integrations/**", "/api/v1/probes/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Firebreak\"");
				writeProblem(response, json, HttpStatus.UNAUTHORIZED, "Sign in to use Firebreak.");
			})
				.accessDeniedHandler((request, response, ex) -> writeProblem(response, json, HttpStatus.FORBIDDEN,
						"Your roles do not allow this action.")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(SecurityProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		for (SecurityProperties.User user : properties.users()) {
			List<SimpleGrantedAuthority> authorities = new ArrayList<>();
			user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(Actor.ROLE_PREFIX + role)));
			user.teams().forEach(team -> authorities.add(new SimpleGrantedAuthority(Actor.TEAM_PREFIX + team)));
			users.add(User.withUsername(user.username()).password(user.password()).authorities(authorities).build());
		}
		if (users.isEmpty()) {
			log.warn("No users are configured (firebreak.security.users): nobody can sign in. "
					+ "Start with the 'demo' profile to try Firebreak.");
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static void writeProblem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
			throws java.io.IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
