package dev.firebreak.web;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Markdown that people write (incident notes, public updates) as HTML that is safe to put
 * in a page. View records render it in code ({@link #toHtml}) and templates write it with
 * {@code th:utext}: Thymeleaf's restricted mode refuses bean calls inside
 * {@code th:utext} on pages shown again after a form. Two fences: commonmark renders with
 * raw HTML escaped (so {@code <script>} shows as text) and link targets of unsafe
 * protocols dropped; the OWASP sanitizer then lets through only the elements commonmark
 * makes for text, and links to http, https and mailto, so nothing that commonmark might
 * let slip (an event handler, a {@code javascript:} or {@code data:} link, an image that
 * calls home) reaches the browser. Line breaks inside a paragraph are kept.
 */
@Component("markdown")
public class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br />\n")
		.build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4",
				"h5", "h6", "hr", "a")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,6}"))
		.onElements("ol")
		.toFactory();

	/** The Markdown as safe HTML; empty for null or blank text. */
	public String html(String markdown) {
		return toHtml(markdown);
	}

	/** {@link #html}, for view records built in code. */
	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
