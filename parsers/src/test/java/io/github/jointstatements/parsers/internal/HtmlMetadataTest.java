package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlMetadataTest {

    private static final String HEAD = "<html lang='en-GB'><head>"
            + "<meta property='og:title' content='  The   Open Graph title '>"
            + "<meta name='twitter:title' content='The Twitter title'>"
            + "<meta name='Generator' content='Blogger'>"
            + "<meta property='article:published_time' content=''>"
            + "<meta name='article:published_time' content='2023-01-31'>"
            + "<meta name='DC.date.issued' content='2022-12-01'>"
            + "</head><body><p>Text</p>"
            + "<div itemscope><meta itemprop='datePublished' content='2021-05-06'></div>"
            + "</body></html>";

    private static final Document DOCUMENT = Jsoup.parse(HEAD);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            og:title                            | The Open Graph title
            twitter:title                       | The Twitter title
            generator                           | Blogger
            GENERATOR                           | Blogger
            dc.date.issued                      | 2022-12-01
            datePublished                       | 2021-05-06
            article:published_time              | NONE
            og:site_name                        | NONE
            """)
    void reads_a_meta_tag_by_property_name_or_itemprop(String name, String content) {
        assertThat(HtmlMetadata.meta(DOCUMENT, name)).isEqualTo(Optional.ofNullable(content));
    }

    @Test
    void tries_the_names_in_order_and_passes_over_blank_content() {
        assertThat(HtmlMetadata.meta(DOCUMENT, "og:site_name", "twitter:title", "og:title"))
                .contains("The Twitter title");
        // the first tag carrying the name is blank: the name gives nothing, the next one counts
        assertThat(HtmlMetadata.meta(DOCUMENT, "article:published_time", "dc.date.issued"))
                .contains("2022-12-01");
    }

    @Test
    void reads_the_language_of_the_html_element() {
        assertThat(HtmlMetadata.language(DOCUMENT)).contains("en");
        assertThat(HtmlMetadata.language(Jsoup.parse("<!doctype html><p>x"))).isEmpty();
        assertThat(HtmlMetadata.language(Jsoup.parse(
                "<meta http-equiv=x name='og:locale' content='fr_FR'><p>x"))).contains("fr");
    }
}
