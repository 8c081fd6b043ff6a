package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical link's address, resolved as jsoup's {@code absUrl} resolves it, with and without
 * a base address: the same answer for absolute, relative, odd and malformed addresses.
 */
class HtmlMetadataCanonicalTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a/b?c=d#e", "HTTPS://Example.org/A", "http://x",
        " http://example.org/padded ", "http://example.org/a b", "http://example.org/\u00e9t\u00e9",
        "http://example.org/\tline\nbreak", "http://[::1]:8080/v6", "http://exa mple.org/",
        "https:", "http:///path", "//example.org/protocol-relative", "/relative/path",
        "relative", "?q=1", "#fragment", "", " ", "tel:+1-202-555-0100", "mailto:a@b.org",
        "javascript:void(0)", "ftp://example.org/file", "file:///etc/x", "jar:file:/x!/y",
        "data:text/html,x", "nohandler:thing", "1http://x", "http:\u0001//x", "ht\u0000tp://x",
        "urn:isbn:0451450523"})
    void resolves_an_address_as_jsoup_does(String href) {
        for (String base : new String[] {"", "https://base.example/dir/page.html"}) {
            Document document = Jsoup.parse("<html><head></head><body></body></html>", base);
            Element link = document.head().appendElement("link").attr("rel", "canonical")
                    .attr("href", href);
            assertThat(HtmlMetadata.absoluteHref(link)).as("%s from base '%s'", href, base)
                    .isEqualTo(link.absUrl("href"));
        }
    }
}
