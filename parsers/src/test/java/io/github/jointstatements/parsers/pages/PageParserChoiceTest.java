package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.StatementParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The registry's choice, explained: {@code source.parser} names the parser that read a page; each
 * platform and template is recognised by its address, and a saved page without one by its
 * markup.
 */
class PageParserChoiceTest {

    private static final StatementParser PARSER = StatementParser.create();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "blogger-bumsbutzener-gumpfen-2020/source.html, blogger",
        "blogger-hassanchef-2020/source.html, blogger",
        "blogger-luxuryhaven-hyatt/source.html, blogger",
        "blogger-sibenlab-2018/source.html, blogger",
        "blogger-unexpecteduser-2011-archive/source.html, blogger",
        "readability-blogger/source.html, blogger",
        "listing-mfa-by-statements-speeches/source.html, mfa-gov-by",
        "mfa-by-makei-cei-summit-2020/source.html, mfa-gov-by",
        "mfa-by-statement-countermeasures-sanctions/source.html, mfa-gov-by",
        "listing-mfa-my-press-releases/source.html, kln-gov-my",
        "mfa-my-uae-vaccine-donation/source.html, kln-gov-my",
        "wh-obama-weekly-address-2016-12-24/source.html, whitehouse-gov",
        "seed-rok-us-defense-ministerial-2023/source.txt, text",
        "wh-2023-04-26-washington-declaration/source.md, markdown",
    })
    void savedPagesAreRecognisedByTheirMarkup(String file, String parser) throws Exception {
        assertThat(PARSER.page(Input.of(corpus(file))).source().parser()).isEqualTo(parser);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "https://example.blogspot.com/2023/02/post.html, blogger",
        "https://www.whitehouse.gov/briefings-statements/2025/11/x/, whitehouse-gov",
        "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/04/26/x/, whitehouse-gov",
        "https://mfa.gov.by/en/press/statements/x.html, mfa-gov-by",
        "https://www.kln.gov.my/web/guest/-/x, kln-gov-my",
        "https://www.defense.gov/News/Releases/Release/Article/1/x/, defense-gov",
        "https://www.war.gov/News/Releases/Release/Article/1/x/, defense-gov",
        "https://www.state.gov/joint-statement-x/, state-gov",
        "https://www.gov.uk/government/news/x, gov-uk",
        "https://www.mofa.go.jp/press/release/x.html, mofa-go-jp",
        "https://www.nato.int/cps/en/natohq/news_1.htm, nato-int",
        "https://www.consilium.europa.eu/en/press/press-releases/2024/05/21/x/, consilium-europa-eu",
        "https://someone.wordpress.com/2024/01/01/x/, wordpress",
        "https://www.example.org/news/statement.html, generic",
    })
    void pagesAreRecognisedByTheirAddress(String url, String parser) throws Exception {
        String html = "<html><head><title>A statement</title></head><body><article><p>The two"
                + " ministers met today and reaffirmed their commitment to the alliance, which"
                + " remains the linchpin of peace and security in the region.</p></article>"
                + "</body></html>";
        Input input = Input.of(html).withBaseUrl(URI.create(url)).withFormat(Format.HTML);
        assertThat(PARSER.page(input).source().parser()).isEqualTo(parser);
    }

    private static Path corpus(String file) throws URISyntaxException {
        return Path.of(PageParserChoiceTest.class.getResource("/corpus/" + file).toURI());
    }
}
