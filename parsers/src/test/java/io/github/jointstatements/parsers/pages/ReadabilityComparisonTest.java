package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.gold.GoldScorer;
import io.github.jointstatements.parsers.internal.Decoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.junit.jupiter.api.Test;

/**
 * Measures, not assumes, that the page layer reads the body better than a port of Mozilla
 * Readability (Readability4J) on the same HTML pages: every HTML page of the corpus with a gold
 * body and every unseen page ({@code unseen/<case>}), scored with the shared scorer's bag-of-words
 * F1, page by page. Prints both figures per page; fails if ours is below Readability4J's on any
 * page or on the mean. (Plain-text and Markdown inputs are not HTML pages: Readability has
 * nothing to extract there, so they are left out of the comparison.)
 */
class ReadabilityComparisonTest {

    private static final StatementParser PARSER = StatementParser.create();
    private static final ObjectMapper MAPPER = StatementJson.newMapper();

    record Row(String page, double ours, double readability) {}

    @Test
    void oursReadsTheBodyAtLeastAsWellAsReadability4jOnEveryHtmlPage() throws Exception {
        Path resources = Path.of(ReadabilityComparisonTest.class.getResource("/corpus").toURI())
                .getParent();
        List<Row> rows = new ArrayList<>();
        for (String set : List.of("corpus", "unseen")) {
            try (Stream<Path> folders = Files.list(resources.resolve(set))) {
                for (Path folder : folders.sorted().toList()) {
                    Path source = folder.resolve("source.html");
                    Path expected = folder.resolve("expected.json");
                    if (!Files.isRegularFile(source) || !Files.isRegularFile(expected)) {
                        continue;
                    }
                    JsonNode gold = MAPPER.readTree(expected.toFile());
                    Optional<String> body = goldBody(gold);
                    if (body.isEmpty()) {
                        continue;
                    }
                    rows.add(compare(set + "/" + folder.getFileName(), source, body.get()));
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-52s %8s %12s%n", "page", "ours", "Readability4J"));
        double ours = 0;
        double theirs = 0;
        for (Row row : rows) {
            table.append(String.format(Locale.ROOT, "%-52s %8.3f %12.3f%n", row.page(),
                    row.ours(), row.readability()));
            ours += row.ours();
            theirs += row.readability();
        }
        table.append(String.format(Locale.ROOT, "%-52s %8.3f %12.3f%n", "mean",
                ours / rows.size(), theirs / rows.size()));
        System.out.print(table);

        assertThat(rows).as(table.toString()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ours).as(table.toString()).isGreaterThan(theirs);
        for (Row row : rows) {
            assertThat(row.ours()).as("%s%n%s", row.page(), table)
                    .isGreaterThanOrEqualTo(row.readability());
        }
    }

    private static Row compare(String name, Path source, String goldBody) throws Exception {
        List<String> paragraphs = PARSER.page(Input.of(source)).paragraphs();
        double ours = GoldScorer.bagF1(goldBody, String.join(" ", paragraphs));
        String html = Decoder.decode(Files.readAllBytes(source), Optional.empty());
        Article article = new Readability4J("", html).parse();
        String text = article.getTextContent() == null ? "" : article.getTextContent();
        return new Row(name, ours, GoldScorer.bagF1(goldBody, text));
    }

    private static Optional<String> goldBody(JsonNode gold) {
        if (gold.has("paragraphs")) {
            List<String> parts = new ArrayList<>();
            gold.get("paragraphs").forEach(p -> parts.add(p.asText()));
            return Optional.of(String.join(" ", parts));
        }
        return gold.hasNonNull("body") ? Optional.of(gold.get("body").asText()) : Optional.empty();
    }

}
