package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unlikely-name test of the content scoring: a class and id name unlikely content when they
 * hold an unlikely word and no word that rescues them; the answers it remembers are those it
 * would give afresh.
 */
class ContentExtractorNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sidebar        |            | true",
        "sidebar        | main       | false",
        "table-cell     |            | false",
        "               | comment-42 | true",
        "menu-item      |            | true",
        "post-body menu |            | false",
        "Site-Footer    |            | true",
        "x              | footer     | true",
    })
    void an_unlikely_word_without_a_rescuing_one(String cls, String id, boolean unlikely) {
        ContentExtractor.Names names = new ContentExtractor.Names();
        String c = cls == null ? "" : cls;
        String i = id == null ? "" : id;
        assertThat(names.unlikelyNames(c, i)).isEqualTo(unlikely);
        assertThat(names.unlikelyNames(c, i)).as("remembered").isEqualTo(unlikely);
        assertThat(names.unlikelyNames(new String(c), new String(i))).as("equal strings")
                .isEqualTo(unlikely);
    }

    @Test
    void remembered_answers_are_the_fresh_ones_whatever_the_order() {
        // names of equal lengths and last characters share a slot: each must still get its own
        List<String> classes = List.of("sidebar", "sidebaz", "article", "comment", "content",
                "menu", "main", "nav-a", "txt-a", "footer", "header", "social", "widget-x",
                "share-it", "table-cell", "table-data", "", "related", "related story");
        List<String> ids = List.of("", "main", "ad-1", "post", "menu", "sidebar");
        Random random = new Random(7);
        ContentExtractor.Names remembering = new ContentExtractor.Names();
        List<String> asked = new ArrayList<>();
        for (int k = 0; k < 5_000; k++) {
            String cls = classes.get(random.nextInt(classes.size()));
            String id = ids.get(random.nextInt(ids.size()));
            if (cls.isEmpty() && id.isEmpty()) {
                continue;
            }
            asked.add(cls + "#" + id);
            boolean fresh = new ContentExtractor.Names().unlikelyNames(cls, id);
            assertThat(remembering.unlikelyNames(cls, id)).as(cls + " / " + id).isEqualTo(fresh);
        }
        assertThat(asked).isNotEmpty();
    }
}
