package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The class names and ids a page uses, as its fit tests ask for them: exactly, in their case. */
class HtmlMetadataMarkupTest {

    private static final HtmlMetadata META = HtmlMetadata.read(Jsoup.parse(
            "<html><head><title>t</title></head><body class='home blog'>"
                    + "<div ID=maincontents class='post-body\tentry-content'><p id=p1>a</p>"
                    + "<span itemprop=datePublished content=2020-04-28>x</span>"
                    + "<abbr class='Published' title=2019-01-02>y</abbr><p>b</p></div>"
                    + "<footer id=nato-logo class=rightalign></footer></body></html>"));

    @Test
    void knows_the_class_names_of_every_element() {
        assertThat(META.hasClass("home")).isTrue();
        assertThat(META.hasClass("blog")).isTrue();
        assertThat(META.hasClass("post-body")).isTrue();
        assertThat(META.hasClass("entry-content")).isTrue();
        assertThat(META.hasClass("rightalign")).isTrue();
        assertThat(META.hasClass("Published")).isTrue();
        assertThat(META.hasClass("published")).isFalse(); // a fit test reads the name as written
        assertThat(META.hasClass("post")).isFalse();
        assertThat(META.hasClass("post-body entry-content")).isFalse();
    }

    @Test
    void knows_the_ids_of_every_element_whatever_the_case_of_the_attribute_name() {
        assertThat(META.hasId("maincontents")).isTrue(); // ID= is read as id=
        assertThat(META.hasId("p1")).isTrue();
        assertThat(META.hasId("nato-logo")).isTrue();
        assertThat(META.hasId("MAINCONTENTS")).isFalse();
        assertThat(META.hasId("")).isFalse();
    }

    @Test
    void takes_the_last_of_the_dated_abbreviations_and_item_properties_first() {
        assertThat(META.publishedDate()).map(Object::toString).hasValue("2019-01-02");
        assertThat(HtmlMetadata.read(Jsoup.parse("<p><span itemprop=DatePublished"
                + " content=2020-04-28>x</span><abbr title=2019-01-02>y</abbr></p>"))
                .publishedDate()).map(Object::toString).hasValue("2020-04-28");
    }
}
