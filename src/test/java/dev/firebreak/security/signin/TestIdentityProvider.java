package dev.firebreak.security.signin;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect identity provider for the single sign-on tests: Spring
 * Authorization Server in a small application of its own, on {@code localhost} (so that
 * its cookies never mix with Firebreak's on {@code 127.0.0.1}). It knows one client,
 * {@code firebreak}, and the people given to it, each with the groups claim a corporate
 * provider would send.
 */
public final class TestIdentityProvider implements AutoCloseable {

	public static final String CLIENT_ID = "firebreak";

	public static final String CLIENT_SECRET = "an in-test client secret";

	public static final String PASSWORD = "an in-test idp password";

	private final ConfigurableApplicationContext app;

	/**
	 * @param firebreakBaseUrl where Firebreak answers, for the registered redirect and
	 * post-logout addresses
	 * @param people each person's username, display name and groups
	 */
	public TestIdentityProvider(String firebreakBaseUrl, List<Person> people) {
		this.app = new SpringApplicationBuilder(Provider.class).initializers(
				context -> context.getBeanFactory().registerSingleton("people", new People(firebreakBaseUrl, people)))
			.properties(Map.of("spring.config.name", "test-identity-provider", "server.port", "0", "firebreak-base-url",
					firebreakBaseUrl, "spring.main.banner-mode", "off"))
			.run();
	}

	/** The issuer, as Firebreak's {@code issuer-uri} must name it. */
	public String issuer() {
		return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

	@Override
	public void close() {
		app.close();
	}

	/** Someone who can sign in at the provider. */
	public record Person(String username, String name, String email, List<String> groups) {
	}

	/** Who may sign in, and the Firebreak they come from. */
	record People(String firebreakBaseUrl, List<Person> all) {

		Person named(String username) {
			return all.stream().filter(person -> person.username().equals(username)).findFirst().orElseThrow();
		}

	}

	// Not a @Configuration: Firebreak's own contexts scan this package and must not find
	// it.
	@EnableWebSecurity
	@ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class,
			DispatcherServletAutoConfiguration.class })
	static class Provider {

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
			http.securityMatcher(server.getEndpointsMatcher())
				.with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				// the user-info endpoint takes the access token it issued
				.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
				.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signIn(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService users(People people) {
			return new InMemoryUserDetailsManager(people.all()
				.stream()
				.map(person -> User.withUsername(person.username()).password("{noop}" + PASSWORD).build())
				.toList());
		}

		@Bean
		RegisteredClientRepository clients(People people) {
			String firebreak = people.firebreakBaseUrl();
			RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(firebreak + "/login/oauth2/code/corp")
				.postLogoutRedirectUri(firebreak + "/login?logout")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build();
			return new InMemoryRegisteredClientRepository(client);
		}

		/** The claims a corporate directory sends: name, e-mail and groups. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims(People people) {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					Person person = people.named(context.getPrincipal().getName());
					context.getClaims()
						.claim("preferred_username", person.username())
						.claim("name", person.name())
						.claim("email", person.email())
						.claim("groups", person.groups());
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
