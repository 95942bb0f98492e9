package dev.firebreak.security.signin;

import java.util.Map;

import dev.firebreak.audit.AuditLog;
import dev.firebreak.security.ProblemResponses;
import dev.firebreak.security.people.UserRepository;
import dev.firebreak.security.token.ApiTokenAuthenticationProvider;
import dev.firebreak.security.token.ApiTokens;
import dev.firebreak.security.token.BearerTokenConverter;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import static dev.firebreak.security.Role.ADMIN;
import static dev.firebreak.security.Role.AUDITOR;
import static dev.firebreak.security.Role.MANAGER;
import static dev.firebreak.security.Role.RESPONDER;

/**
 * Three doors, tried in order:
 * <ol>
 * <li>monitoring intake and heartbeat check-ins: no sign-in here, the intake endpoints
 * check their integration keys themselves, a heartbeat's address holds its secret, and
 * they accept nothing else;</li>
 * <li>the JSON API ({@code /api/**}): stateless, HTTP Basic or a personal API token in
 * every request, never a cookie, so no CSRF token is needed;</li>
 * <li>everything else (pages, Swagger UI, the OpenAPI document): form login or single
 * sign-on, a session cookie, and CSRF tokens on every change.</li>
 * </ol>
 * URL rules here are a first fence; the features enforce the same rules again in their
 * services.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

	/**
	 * Monitoring tools do not sign in: the intake endpoints check the integration key in
	 * the request themselves (in each sender's own convention) and accept nothing else.
	 * Jobs that check in to a heartbeat ({@code /api/v1/ping/{secret}}) neither: the
	 * probe feature finds the heartbeat by the secret's hash and answers 404 to any
	 * other.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain intake(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/intake/**", "/v2/enqueue", "/v2/change/enqueue", "/api/v1/ping/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ApiTokens tokens, UserRepository users,
			AuthenticationEventPublisher events) throws Exception {
		ProviderManager tokenSignIn = new ProviderManager(new ApiTokenAuthenticationProvider(tokens, users));
		tokenSignIn.setAuthenticationEventPublisher(events);
		AuthenticationFilter bearer = new AuthenticationFilter(tokenSignIn, new BearerTokenConverter());
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems.apiEntryPoint()));

		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/me", "/api/v1/me/**")
				.authenticated()
				.requestMatchers("/api/v1/audit/**")
				.hasAnyRole(AUDITOR.name(), ADMIN.name())
				// the issue log: auditors export too, although they change nothing else
				.requestMatchers("/api/v1/exports/**")
				.hasAnyRole(MANAGER.name(), AUDITOR.name(), ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/users/**", "/api/v1/teams/**")
				.hasAnyRole(AUDITOR.name(), ADMIN.name())
				.requestMatchers("/api/v1/users/**", "/api/v1/teams/**")
				.hasRole(ADMIN.name())
				.requestMatchers("/api/v1/integrations/**", "/api/v1/probes/**")
				.hasRole(ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/services/**")
				.authenticated()
				.requestMatchers("/api/v1/services/**")
				.hasRole(ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/incidents/*/priority", "/api/v1/incidents/*/escalate",
						"/api/v1/incidents/*/cancel", "/api/v1/incidents/*/reassign", "/api/v1/incidents/*/request-rca")
				.hasRole(MANAGER.name())
				// who may edit is decided before the body is read: a non-manager's empty
				// body is a 403, not a 400
				.requestMatchers(HttpMethod.PUT, "/api/v1/problems/*/known-error")
				.hasRole(MANAGER.name())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.authenticated()
				// following an incident changes only one's own mail: anyone who may see
				// it
				.requestMatchers("/api/v1/incidents/*/follow")
				.authenticated()
				// every other change: auditors and people without a role change nothing
				.anyRequest()
				.hasAnyRole(RESPONDER.name(), MANAGER.name(), ADMIN.name()))
			.addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.apiEntryPoint()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfig::securityHeaders)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.apiEntryPoint())
				.accessDeniedHandler(problems.accessDenied()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain browser(HttpSecurity http, ProblemResponses problems, SessionRegistry sessions, AuditLog audit,
			ObjectProvider<ClientRegistrationRepository> singleSignOn, OidcLoginUserService oidcUsers)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			// the login and error pages use the style sheet before anyone has signed in
			.requestMatchers("/actuator/health", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.svg")
			.permitAll()
			// with any query: form login itself only lets in /login and /login?error, so
			// "signed out" (?logout) and "session ended" (?expired) never showed
			.requestMatchers(HttpMethod.GET, "/login")
			.permitAll()
			// the links in notifications act for the person they were sent to: each
			// checks its own signature, expiry and purpose (notify's ActionLinks)
			.requestMatchers("/notify/acknowledge/**", "/notify/open/**")
			.permitAll()
			// calendar apps cannot sign in: each feed checks the token in its address
			.requestMatchers("/calendars/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/incidents/*/priority", "/incidents/*/escalate", "/incidents/*/cancel",
					"/incidents/*/reassign")
			.hasRole(MANAGER.name())
			.requestMatchers("/dashboard")
			.hasRole(MANAGER.name())
			// the report form is for those who may report (as the API's POST): an auditor
			// is not shown a form they could not submit
			.requestMatchers(HttpMethod.GET, "/incidents/new")
			.hasAnyRole(RESPONDER.name(), MANAGER.name(), ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/incidents")
			.hasAnyRole(RESPONDER.name(), MANAGER.name(), ADMIN.name())
			// the pages of the issue log and its exports, and the audit trail, as for the
			// API
			.requestMatchers("/issue-log", "/exports", "/exports/**")
			.hasAnyRole(MANAGER.name(), AUDITOR.name(), ADMIN.name())
			.requestMatchers("/audit/**")
			.hasAnyRole(AUDITOR.name(), ADMIN.name())
			.anyRequest()
			.authenticated())
			// "/" sends each person to the page their roles start from (My work for most)
			// the pages for /login and /logout are the web UI's (LoginController)
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.apiEntryPoint()))
			.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
				if (authentication != null) {
					audit.record(authentication.getName(), "LOGOUT", authentication.getName(), Map.of());
				}
			}))
			.sessionManagement(
					session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
			.headers(SecurityConfig::securityHeaders)
			// a default, not the entry point: setting that would switch off the login
			// page
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(problems.browserEntryPoint(), AnyRequestMatcher.INSTANCE)
				.accessDeniedHandler(problems.browserAccessDenied()));
		// Single sign-on only when an OpenID Connect client is configured
		// (spring.security.oauth2.client.registration.*).
		ClientRegistrationRepository providers = singleSignOn.getIfAvailable();
		if (providers != null) {
			http.oauth2Login(login -> login.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)))
				.logout(logout -> logout.logoutSuccessHandler(signOutAtProvider(providers)));
		}
		return http.build();
	}

	/**
	 * Signing out of Firebreak also ends the session at the identity provider when the
	 * person came through it (OpenID Connect RP-initiated logout), so that the next
	 * person at a shared screen is asked for their own credentials; the provider sends
	 * them back to the login page. People with a password land there directly.
	 */
	private static LogoutSuccessHandler signOutAtProvider(ClientRegistrationRepository providers) {
		OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(providers);
		handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
		handler.setDefaultTargetUrl("/login?logout");
		return handler;
	}

	/**
	 * The only inline styles allowed: the style attributes the bpmn-js viewer (the route
	 * diagram on the incident page) writes, each by its hash. They are its overlay
	 * containers, the hidden element it measures text with, and the bpmn.io logo with its
	 * lightbox, which the bpmn.io licence requires. No other style attribute and no
	 * {@code <style>} element is allowed. A new bpmn-js version may need new hashes: the
	 * browser tests fail on any refused style.
	 */
	static final String DIAGRAM_STYLE_ATTRIBUTES = "style-src-attr 'unsafe-hashes'"
			// position: absolute; width: 0; height: 0; (overlay container)
			+ " 'sha256-AHtqGIKHiUalONG+xeO90E9yUgWLoWuygINiCuiaBnA='"
			// position: absolute (overlays)
			+ " 'sha256-HrvAPhJHDMpEBcplBvvwyxAYUF0koC1/uv7HLEC0aqg='"
			// visibility: hidden; position: fixed (text measuring)
			+ " 'sha256-F1/lIJB2HC2RT+RPHwCjlrUMGQft2PdUC4nHeQ7MKsc='"
			// the logo link and its image
			+ " 'sha256-j2t/iYgmiK/9tDIa+YLs3dUK18D+PDjuKi+KxuYXU/w='"
			+ " 'sha256-CA/eh4+2R0J7cEQ14gBMtx834RIOjzMUqCM+evtrkp4='"
			// the lightbox the logo opens: box, backdrop, notice, link
			+ " 'sha256-JpvvTIK7ulxf/3oA+AUuVbO9Labs8npGWGm9X9nGIWw='"
			+ " 'sha256-9OIpRRx0bq4t4s2zyqbocMNwedniLDaxLB+FlLIjNgM='"
			+ " 'sha256-GAdrtwahSjGXI0UQQnfyEVtPn+wfgQxvyrjyQuByfuU='"
			+ " 'sha256-OiHWqvo9dpVH2ZTYJl3A+IJzE/VCEoC16CMSpFs+v0E='";

	/**
	 * Scripts, styles and images from Firebreak itself only (Swagger UI needs data:
	 * images for its icons, the route diagram a few style attributes named by hash); no
	 * framing; no content sniffing.
	 */
	static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.contentSecurityPolicy(
					csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; " + DIAGRAM_STYLE_ATTRIBUTES
							+ "; " + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/**
	 * New passwords are bcrypt hashes; hashes in the other listed formats are still
	 * checked and re-hashed with bcrypt at the next successful sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength()), "pbkdf2@SpringSecurity_v5_8",
						Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	/**
	 * Addresses the firewall refuses answer 400 problem+json (the container passes
	 * encoded slashes through to it: {@code EncodedPaths} in web).
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
		return problems.rejectedAddress();
	}

	/**
	 * Lets an admin end the sessions of a person they disable, on every node: sessions
	 * live in the database (Spring Session JDBC), found by the name of who signed in.
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

}
