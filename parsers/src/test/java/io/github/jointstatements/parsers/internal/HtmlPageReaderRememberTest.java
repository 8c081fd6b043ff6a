package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which of a template's selectors may remember a page after matching it, and so are reset after
 * each page ({@code Template.forgetPage}): the others test the element alone and keep nothing.
 */
class HtmlPageReaderRememberTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        ".post-body                          | false",
        "abbr.published                      | false",
        "#maincontents                       | false",
        "time[datetime]                      | false",
        "[itemprop=articleBody]              | false",
        "meta[name=govuk:first-published-at] | false",
        "li.active:first-child               | false",
        "h1                                  | false",
        "'  .date  '                         | false",
        "section.content-page > h1           | true",
        "#maincontents .main-cnt             | true",
        "main h1                             | true",
        "h2+p.lead                           | true",
        "h2 ~ p                              | true",
        ".a, .b                              | true",
        "article:has(p)                      | true",
        "p:not(.x)                           | true",
        "'[title=\"a]b\"] p'                 | true"})
    void tells_the_selectors_that_may_remember(String selector, boolean remembers) {
        assertThat(HtmlPageReader.Needs.mayRemember(selector)).isEqualTo(remembers);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".post-body", "abbr.published", "#maincontents", "time[datetime]",
        "[itemprop=articleBody]", "li.active:first-child", "h1", "div.post"})
    void a_selector_said_not_to_remember_keeps_no_page(String selector)
            throws InterruptedException {
        Evaluator evaluator = QueryParser.parse(selector);
        WeakReference<Document> page = matchOnce(evaluator);
        for (int i = 0; i < 20 && page.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(HtmlPageReader.Needs.mayRemember(selector)).isFalse();
        assertThat(page.get()).as("the page matched by " + selector).isNull();
    }

    @Test
    void a_selector_said_to_remember_does_keep_the_page_until_reset() throws InterruptedException {
        // the test above can tell: a structural selector's memo keeps the page it matched
        Evaluator evaluator = QueryParser.parse("div.post p");
        WeakReference<Document> page = matchOnce(evaluator);
        System.gc();
        Thread.sleep(10);
        assertThat(page.get()).isNotNull();
    }

    private static WeakReference<Document> matchOnce(Evaluator evaluator) {
        Document document = Jsoup.parse("<div class=post id=maincontents><h1>T</h1>"
                + "<ul><li class=active>a</li></ul><abbr class=published>d</abbr>"
                + "<time datetime=2020>t</time><p itemprop=articleBody class=post-body>p</p></div>");
        int matched = 0;
        for (Element e : document.getAllElements()) {
            matched += evaluator.matches(document, e) ? 1 : 0;
        }
        assertThat(matched).isPositive();
        return new WeakReference<>(document);
    }
}
