package dev.firebreak.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses an encoded slash ({@code %2F}, as in {@code ..%2F}) or backslash
 * ({@code %5C}) itself, with its own HTML error page, before Firebreak sees the request.
 * Passed through untouched, such an address reaches Spring Security's firewall, which
 * refuses it too, and Firebreak answers with 400 problem+json like every other refusal
 * (docs/security.md). Nothing decodes it: the path is never read as if it held a
 * separator.
 */
@Component
class EncodedPaths implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> {
			connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
			connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
		});
	}

}
