package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.gold.GoldScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generic reading on real pages it was not built on ({@code unseen/<case>}: public test pages
 * of other extractors, each with its provenance and a gold body checked by hand), scored as the
 * corpus is.
 */
class UnseenPagesTest {

    private static final StatementParser PARSER = StatementParser.create();
    private static final ObjectMapper MAPPER = StatementJson.newMapper();

    @Test
    void genericReadingOnPagesItWasNotBuiltOn() throws Exception {
        Path root = Path.of(UnseenPagesTest.class.getResource("/unseen").toURI());
        Map<String, JsonNode> golds = new LinkedHashMap<>();
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                String id = folder.getFileName().toString();
                golds.put(id, MAPPER.readTree(folder.resolve("expected.json").toFile()));
                predictions.put(id, MAPPER.valueToTree(
                        PARSER.page(Input.of(folder.resolve("source.html")))));
            }
        }
        GoldScorer.Summary summary = GoldScorer.score(golds, predictions, new HashSet<>());
        assertThat(golds).hasSizeGreaterThanOrEqualTo(3);
        assertThat(summary.bodyF1Mean()).as(summary.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(summary.snippetAccuracy()).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("title")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("date")).as(summary.toString()).isEqualTo(1.0);
    }
}
