package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Two blocks of text that score the same: the first in the page wins, on every reading. */
class ContentExtractorTiesTest {

    /**
     * A page of game tables whose two blocks of text score the same (Python's test data
     * {@code Lib/test/sgml_input.html}).
     */
    private static String page() throws IOException {
        try (InputStream in = ContentExtractorTiesTest.class
                .getResourceAsStream("tied-tables.html")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void a_tie_goes_to_the_first_block_whatever_the_nodes_identity_hashes() throws IOException {
        String page = page();
        // every parse makes new nodes with new identity hashes: an order that followed them
        // would change the winner from one reading to the next
        List<String> first = ContentExtractor.paragraphs(Jsoup.parse(page).body());
        for (int i = 0; i < 200; i++) {
            assertThat(ContentExtractor.paragraphs(Jsoup.parse(page).body())).isEqualTo(first);
        }
        assertThat(first).first().asString().startsWith("Metal | Cristal");
    }
}
