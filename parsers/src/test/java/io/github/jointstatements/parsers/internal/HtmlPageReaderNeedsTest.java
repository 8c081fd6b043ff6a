package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a template's selector needs of an element is read off its last compound, and an element
 * it turns away is one the selector itself would not match.
 */
class HtmlPageReaderNeedsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        ".post-body                     | -       | post-body             | ''",
        "abbr.published                 | abbr    | published             | ''",
        "section.content-page > h1      | h1      | ''                    | ''",
        "#maincontents .main-cnt        | -       | main-cnt              | ''",
        "#maincontents                  | -       | ''                    | maincontents",
        "time[datetime]                 | time    | ''                    | ''",
        "[itemprop=articleBody]         | -       | ''                    | ''",
        "meta[name=govuk:first-published-at] | meta | ''                | ''",
        "H1.Maintitle                   | h1      | Maintitle             | ''",
        "li.active:first-child          | li      | active                | ''",
        "h2+p.lead                      | p       | lead                  | ''",
        "h2 ~ p                         | p       | ''                    | ''",
        ".a, .b                         | -       | ''                    | ''",
        "p:not(.x)                      | -       | ''                    | ''",
        "p.caf\u00e9                    | -       | ''                    | ''",
        "*.note                         | -       | note                  | ''",
    })
    void reads_what_the_last_compound_needs(String selector, String tag, String classes,
            String ids) {
        HtmlPageReader.Needs needs = HtmlPageReader.Needs.of(selector);
        assertThat(needs.tag()).isEqualTo(tag.equals("-") ? null : tag);
        assertThat(needs.classes()).isEqualTo(split(classes));
        assertThat(needs.ids()).isEqualTo(split(ids));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "[itemprop=articleBody]        | true",
        "[itemprop]                    | true",
        "span[itemprop=datePublished]  | true",
        "[ItemProp = headline]         | true",
        "[itemprop~=head.*]            | true",
        "[itemprop^=date]              | true",
        "[itemprop!=x]                 | false",
        "[^itemprop]                   | false",
        "[title=itemprop]              | false",
        "div [itemprop=x]              | false",
        ".post-body                    | false"})
    void needs_an_item_property_where_one_compound_tests_for_it(String selector, boolean needs) {
        assertThat(HtmlPageReader.Needs.of(selector).itemProperty()).isEqualTo(needs);
    }

    @ParameterizedTest(name = "[{0}] has {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "post-body                 | post-body | true",
        "post hentry post-body     | post-body | true",
        "post-body-wide            | post-body | false",
        "x-post-body               | post-body | false",
        "'post\tPOST-BODY\n'       | post-body | true",
        "''                        | post-body | false",
        "post                      | post-body | false",
        "'  post-body  '           | post-body | true",
        "'a  b   post-body'        | post-body | true",
        "'post-body x'        | post-body | true",
        "post-bod                  | post-body | false",
        "'post- body'              | post-body | false",
        "'post-bodyx post-body'    | post-body | true",
        "'xpost-body post-bodyx'   | post-body | false",
    })
    void class_tokens_are_white_space_separated_in_any_case(String attribute, String name,
            boolean has) {
        assertThat(HtmlPageReader.Needs.hasClassToken(attribute, name)).isEqualTo(has);
    }

    @Test
    void an_element_turned_away_is_one_the_selector_does_not_match() {
        Document document = Jsoup.parse("<main><section class='content-page'><h1 id=t>A</h1>"
                + "<p class='Lead x'>b</p><abbr class='published' title=2020>c</abbr>"
                + "<time datetime=2020-01-01>d</time><li class='active last'>e</li></section>"
                + "<h2>f</h2><p class=lead>g</p><div itemprop=articleBody>h</div></main>");
        List<String> selectors = List.of(".post-body", "abbr.published", "section.content-page > h1",
                "#t", "h1#t", "time[datetime]", "[itemprop=articleBody]", "p.lead", "h2 + p.lead",
                "li.active", ".last", "main section.content-page", "P.LEAD", "*.x");
        for (String selector : selectors) {
            Evaluator evaluator = QueryParser.parse(selector);
            HtmlPageReader.Needs needs = HtmlPageReader.Needs.of(selector);
            for (Element e : document.getAllElements()) {
                if (evaluator.matches(document, e)) {
                    assertThat(needs.admits(e)).as(selector + " on " + e)
                            .isTrue();
                }
            }
        }
    }

    private static List<String> split(String names) {
        return names.isEmpty() ? List.of() : Arrays.asList(names.split(" "));
    }

    /** The needs are the last compound's: an ancestor's id or class is not asked for. */
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        ".post-body                | <div class='post-body x'>t</div>                  | true",
        ".post-body                | <div class=post>t</div>                           | false",
        "div.a.b                   | <div class='b a'>t</div>                          | true",
        "div.a.b                   | <div class=a>t</div><p class=b>u</p>              | true",
        "div.a.b                   | <div class=a>t</div>                              | false",
        "#main .body               | <div id=main><p class=body>t</p></div>            | true",
        "#main .body               | <div id=other><p class=body>t</p></div>           | true",
        "p#main                    | <p id=other>t</p>                                 | false",
        "p#main                    | <p id=main>t</p>                                  | true",
        "[itemprop=articleBody]    | <div itemprop=articleBody>t</div>                 | true",
        "[itemprop=articleBody]    | <div class=articleBody>t</div>                    | false",
        "h1                        | <p>t</p>                                          | true",
    })
    void a_page_meets_a_selector_that_finds_its_classes_ids_and_item_property(String selector,
            String html, boolean met) {
        HtmlMetadata meta = HtmlMetadata.read(Jsoup.parse(html));
        assertThat(HtmlPageReader.Needs.of(selector).metBy(meta)).isEqualTo(met);
        assertThat(meta.elements().hasItemProperty())
                .isEqualTo(meta.elements().withItemProperty().length > 0);
    }
}
