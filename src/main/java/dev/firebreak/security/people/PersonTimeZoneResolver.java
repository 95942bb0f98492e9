package dev.firebreak.security.people;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;

/**
 * Spring MVC's {@code localeResolver}: gives each request the signed-in person's chosen
 * time zone, which {@code web.Formats} writes and reads pages' times in. The zone is
 * looked up only when a page asks for it, once per request; a request with nobody signed
 * in (the status page, the API's JSON, which never formats times) or a person who has
 * chosen none gets no zone, and the pages show UTC. The locale stays the browser's, as
 * before.
 */
@Component("localeResolver")
class PersonTimeZoneResolver extends AbstractLocaleContextResolver {

	private final PersonTimeZones zones;

	PersonTimeZoneResolver(PersonTimeZones zones) {
		this.zones = zones;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return request.getLocale();
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
				: authentication.getName();
		Locale locale = request.getLocale();
		return new TimeZoneAwareLocaleContext() {

			private Optional<ZoneId> zone;

			@Override
			public Locale getLocale() {
				return locale;
			}

			@Override
			public TimeZone getTimeZone() {
				if (zone == null) {
					zone = username == null ? Optional.empty() : zones.of(username);
				}
				return zone.map(TimeZone::getTimeZone).orElse(null);
			}
		};
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		throw new UnsupportedOperationException("A person's time zone is chosen on /me/settings.");
	}

}
