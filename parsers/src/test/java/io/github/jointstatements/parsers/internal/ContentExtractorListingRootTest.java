package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A listing's root is the deepest element that still holds most of the page's headline links. */
class ContentExtractorListingRootTest {

    private static String links(int n) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < n; i++) {
            html.append("<li><a href=/").append(i).append(">Joint statement on the meeting number ")
                    .append(i).append("</a></li>");
        }
        return html.toString();
    }

    @Test
    void climbs_down_to_the_deepest_element_holding_most_links() {
        Element body = Jsoup.parse("<div id=page>text<div id=side><ul>" + links(1) + "</ul></div>"
                + "<div id=main><h2>Releases</h2><ul id=list>" + links(9) + "</ul></div></div>")
                .body();
        ContentExtractor.Measured measured = ContentExtractor.measure(body);
        Element root = measured.listingRoot();
        assertThat(root.id()).isEqualTo("list");
        assertThat(measured.listingRoot()).isSameAs(root);
    }

    @Test
    void stays_at_the_body_when_no_child_holds_most_links() {
        Element body = Jsoup.parse("<div><ul>" + links(5) + "</ul></div><div><ul>" + links(5)
                + "</ul></div>").body();
        assertThat(ContentExtractor.measure(body).listingRoot()).isSameAs(body);
    }

    @Test
    void passes_over_text_between_the_children() {
        Element body = Jsoup.parse("<p>An introduction</p> some text <section>" + links(8)
                + "</section> more text").body();
        assertThat(ContentExtractor.measure(body).listingRoot().normalName()).isEqualTo("section");
    }

    @Test
    void a_listing_leaves_out_hidden_skipped_and_unlikely_elements_measured_or_not() {
        Element body = Jsoup.parse("<div id=main><ul id=list>" + links(9)
                + "<li class=share-bar><a href=/s>Share this page with your friends now</a></li>"
                + "<li hidden><a href=/h>A hidden headline of some length here</a></li>"
                + "<li style='display: none'><a href=/n>Another hidden headline of some length</a></li>"
                + "<li><script>var x = 1;</script>Kept after the script</li>"
                + "<li class=table-cell>Kept in a cell</li><li class=table-cell>Kept again</li>"
                + "</ul></div>").body();
        for (boolean strict : new boolean[] {true, false}) {
            List<String> items = ContentExtractor.measure(body, strict).listingParagraphs();
            assertThat(items).as("strict: " + strict).hasSize(12)
                    .contains("Kept after the script", "Kept in a cell", "Kept again")
                    .noneMatch(p -> p.contains("hidden") || p.contains("Share") || p.contains("var"));
        }
        // a template's roots measured alone: the rest of the body measured when asked for
        Element list = body.getElementById("list");
        List<String> items = ContentExtractor.measureFor(body, List.of(list)).listingParagraphs();
        assertThat(items).isEqualTo(ContentExtractor.measure(body, false).listingParagraphs());
    }

    @Test
    void the_page_size_told_in_advance_changes_no_measurement() {
        Element body = Jsoup.parse("<div id=page><p>An introduction of a few words, then links.</p>"
                + "<ul id=list>" + links(40) + "</ul></div>").body();
        for (int elements : new int[] {0, 1, 90, 100_000}) {
            ContentExtractor.Measured told = ContentExtractor.measure(body, true, elements);
            ContentExtractor.Measured untold = ContentExtractor.measure(body);
            assertThat(told.listingRoot()).isSameAs(untold.listingRoot());
            assertThat(told.listingParagraphs()).isEqualTo(untold.listingParagraphs());
            assertThat(ContentExtractor.roots(told)).isEqualTo(ContentExtractor.roots(untold));
            Element list = body.getElementById("list");
            assertThat(ContentExtractor.measureFor(body, List.of(list), elements).linkItems())
                    .isEqualTo(untold.linkItems()).isEqualTo(40);
        }
    }
}
