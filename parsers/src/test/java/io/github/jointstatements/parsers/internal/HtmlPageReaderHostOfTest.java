package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The host read off an address without parsing it is the parser's, whenever the parser finds
 * one: links are not parsed unless that host may be a publisher's.
 */
class HtmlPageReaderHostOfTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.state.gov/joint-statement/", "http://Example.COM",
        "https://1.bp.blogspot.com/-abc/s1600/x.jpg", " https://www.nato.int/cps/en?x=1 ",
        "https://user:secret@www.gov.uk:8443/news#top", "http://a.b.c.d.e/?q=//x",
        "https://www.defense.gov?utm=1", "https://www.mofa.go.jp#a", "http://127.0.0.1:8080/",
        "https://xn--bcher-kva.de/", "https://host-name.example./path", "http://[::1]/",
        "https://a@b@c.gov/", "https://www.gov.uk:abc/", "http://bücher.de/", "http:/x//y",
        "https://", "http://www.whitehouse.gov:/briefing"})
    void agrees_with_the_uri_parser(String href) throws URISyntaxException {
        String parsed;
        try {
            parsed = new URI(href.strip()).getHost();
        } catch (URISyntaxException e) {
            parsed = null;
        }
        if (parsed != null) {
            assertThat(HtmlPageReader.hostOf(href)).isEqualTo(parsed);
        }
    }
}
