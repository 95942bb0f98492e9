package dev.firebreak.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Markdown of notes and public updates becomes: text formatting and safe links
 * stay, line breaks are kept, and HTML, scripts, event handlers, images and links of any
 * protocol but http, https and mailto do not survive as markup.
 */
class MarkdownTest {

	/** A link with somewhere to go (commonmark leaves an unsafe link's target empty). */
	static final String TARGET = "href=\"[^\"]";

	@Test
	void formattingLineBreaksListsAndSafeLinksStay() {
		String html = Markdown.toHtml("""
				**Cause**: pool exhausted
				since 09:12

				- restarted `api-2`
				- see [runbook](https://example.org/rb) or [mail us](mailto:ops@example.org)""");

		assertThat(html).contains("<strong>Cause</strong>: pool exhausted<br />", "since 09:12",
				"<li>restarted <code>api-2</code></li>", "<a href=\"https://example.org/rb\" rel=\"", ">runbook</a>",
				"<a href=\"mailto:ops&#64;example.org\" rel=\"", ">mail us</a>");
		assertThat(html).containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\"")
			.containsPattern("rel=\"[a-z ]*noopener[a-z ]*\"");
	}

	@Test
	void rawHtmlIsText() {
		assertThat(Markdown.toHtml("<script>alert(1)</script>")).doesNotContain("<script")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(Markdown.toHtml("x <b onclick=\"alert(1)\">y</b>")).doesNotContain("<b").contains("&lt;b onclick");
		assertThat(Markdown.toHtml("<iframe src=\"https://evil.example\"></iframe>")).doesNotContain("<iframe");
	}

	@Test
	void unsafeLinksAndImagesLoseTheirMarkup() {
		assertThat(Markdown.toHtml("[x](javascript:alert(1))")).doesNotContain("javascript")
			.doesNotContainPattern(TARGET);
		assertThat(Markdown.toHtml("[x](JaVaScRiPt:alert(1))")).doesNotContainPattern(TARGET);
		assertThat(Markdown.toHtml("[x](vbscript:msgbox)")).doesNotContainPattern(TARGET);
		assertThat(Markdown.toHtml("[x](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContainPattern(TARGET);
		assertThat(Markdown.toHtml("![x](https://tracker.example/p.gif)")).doesNotContain("<img");
		assertThat(Markdown.toHtml("[x](https://a.example \"title\" onclick=alert(1))")).doesNotContain("onclick=");
	}

	@Test
	void nothingGivesNothing() {
		assertThat(Markdown.toHtml(null)).isEmpty();
		assertThat(Markdown.toHtml("  \n ")).isEmpty();
	}

}
